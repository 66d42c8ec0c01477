using Posyandu.Housing.Contracts;
using Posyandu.Housing.Domain;

namespace Posyandu.Housing.Tests;

/// <summary>The RTLH rule on its own, at every boundary: each criterion passes on one side and fails on the other.</summary>
public sealed class RtlhCriteriaTests
{
    /// <summary>Sound structure, durable materials, 48 m² for four, light, air, shared safe water, own latrine.</summary>
    private static readonly HouseCondition Sound = new(
        StructureCondition.Good, StructureCondition.Good, StructureCondition.Good,
        RoofMaterial.Metal, WallMaterial.Wood, FloorMaterial.Wood, 48m, 4, true, true, WaterAccess.Shared, LatrineAccess.Own);

    [Test]
    public void A_sound_house_is_layak_huni()
    {
        var verdict = RtlhCriteria.Judge(Sound);

        Assert.That(verdict.IsRtlh, Is.False);
        Assert.That(verdict.Reasons, Is.Empty);
        Assert.That((verdict.MeetsBuildingSafety, verdict.MeetsMinimumArea, verdict.MeetsOccupantHealth), Is.EqualTo((true, true, true)));
        Assert.That(verdict.AreaPerPersonM2, Is.EqualTo(12m));
    }

    [TestCase(StructureCondition.Good, false)]
    [TestCase(StructureCondition.MinorDamage, false)]
    [TestCase(StructureCondition.ModerateDamage, true)]
    [TestCase(StructureCondition.SevereDamage, true)]
    public void Each_structural_element_fails_safety_from_moderate_damage(StructureCondition condition, bool rtlh)
    {
        var foundation = RtlhCriteria.Judge(Sound with { Foundation = condition });
        var columns = RtlhCriteria.Judge(Sound with { ColumnsAndBeams = condition });
        var roof = RtlhCriteria.Judge(Sound with { RoofStructure = condition });

        Assert.That(foundation.Reasons, Is.EqualTo(rtlh ? new[] { RtlhReasons.FoundationDamaged } : Array.Empty<string>()));
        Assert.That(columns.Reasons, Is.EqualTo(rtlh ? new[] { RtlhReasons.ColumnsBeamsDamaged } : Array.Empty<string>()));
        Assert.That(roof.Reasons, Is.EqualTo(rtlh ? new[] { RtlhReasons.RoofStructureDamaged } : Array.Empty<string>()));
        Assert.That(new[] { foundation, columns, roof }.Select(v => (v.IsRtlh, v.MeetsBuildingSafety)), Is.All.EqualTo((rtlh, !rtlh)));
    }

    [TestCase(RoofMaterial.Concrete, false)]
    [TestCase(RoofMaterial.ClayTile, false)]
    [TestCase(RoofMaterial.Metal, false)]
    [TestCase(RoofMaterial.Asbestos, false)]
    [TestCase(RoofMaterial.Wood, false)]
    [TestCase(RoofMaterial.Thatch, true)]
    public void Only_a_thatch_roof_is_not_durable(RoofMaterial roof, bool rtlh)
    {
        var verdict = RtlhCriteria.Judge(Sound with { RoofMaterial = roof });

        Assert.That(verdict.Reasons, Is.EqualTo(rtlh ? new[] { RtlhReasons.NonDurableRoof } : Array.Empty<string>()));
        Assert.That(verdict.MeetsBuildingSafety, Is.EqualTo(!rtlh));
    }

    [TestCase(WallMaterial.Masonry, false)]
    [TestCase(WallMaterial.Wood, false)]
    [TestCase(WallMaterial.Bamboo, true)]
    [TestCase(WallMaterial.Thatch, true)]
    public void Walls_of_bamboo_or_thatch_are_not_durable(WallMaterial wall, bool rtlh)
    {
        var verdict = RtlhCriteria.Judge(Sound with { WallMaterial = wall });

        Assert.That(verdict.Reasons, Is.EqualTo(rtlh ? new[] { RtlhReasons.NonDurableWall } : Array.Empty<string>()));
    }

    [TestCase(FloorMaterial.Tiled, false)]
    [TestCase(FloorMaterial.Cement, false)]
    [TestCase(FloorMaterial.Wood, false)]
    [TestCase(FloorMaterial.Bamboo, true)]
    [TestCase(FloorMaterial.Earth, true)]
    public void An_earth_or_bamboo_floor_fails_health(FloorMaterial floor, bool rtlh)
    {
        var verdict = RtlhCriteria.Judge(Sound with { FloorMaterial = floor });

        Assert.That(verdict.Reasons, Is.EqualTo(rtlh ? new[] { RtlhReasons.EarthOrBambooFloor } : Array.Empty<string>()));
        Assert.That((verdict.MeetsBuildingSafety, verdict.MeetsOccupantHealth), Is.EqualTo((true, !rtlh)));
    }

    [TestCase(36.00, 5, false, 7.2)]
    [TestCase(35.99, 5, true, 7.19)]
    [TestCase(7.2, 1, false, 7.2)]
    [TestCase(7.19, 1, true, 7.19)]
    [TestCase(14.4, 2, false, 7.2)]
    [TestCase(14.39, 2, true, 7.19)]
    [TestCase(0.01, 1, true, 0.01)]
    public void The_minimum_is_7_2_square_metres_per_person_exactly(double area, int occupants, bool rtlh, double perPerson)
    {
        var verdict = RtlhCriteria.Judge(Sound with { FloorAreaM2 = (decimal)area, Occupants = occupants });

        Assert.That(verdict.Reasons, Is.EqualTo(rtlh ? new[] { RtlhReasons.Overcrowded } : Array.Empty<string>()));
        Assert.That(verdict.MeetsMinimumArea, Is.EqualTo(!rtlh));
        Assert.That(verdict.AreaPerPersonM2, Is.EqualTo((decimal)perPerson), "shown cut to two decimals, never rounded up to the minimum");
    }

    [Test]
    public void Lighting_and_ventilation_are_each_a_health_criterion()
    {
        Assert.That(RtlhCriteria.Judge(Sound with { AdequateNaturalLighting = false }).Reasons, Is.EqualTo(new[] { RtlhReasons.InadequateLighting }));
        Assert.That(RtlhCriteria.Judge(Sound with { AdequateVentilation = false }).Reasons, Is.EqualTo(new[] { RtlhReasons.InadequateVentilation }));
    }

    [TestCase(WaterAccess.Own, false)]
    [TestCase(WaterAccess.Shared, false)]
    [TestCase(WaterAccess.None, true)]
    public void Safe_water_may_be_shared(WaterAccess water, bool rtlh)
    {
        var verdict = RtlhCriteria.Judge(Sound with { Water = water });

        Assert.That(verdict.Reasons, Is.EqualTo(rtlh ? new[] { RtlhReasons.NoSafeWater } : Array.Empty<string>()));
    }

    [TestCase(LatrineAccess.Own, false)]
    [TestCase(LatrineAccess.Shared, true)]
    [TestCase(LatrineAccess.None, true)]
    public void The_latrine_must_be_the_households_own(LatrineAccess latrine, bool rtlh)
    {
        var verdict = RtlhCriteria.Judge(Sound with { Latrine = latrine });

        Assert.That(verdict.Reasons, Is.EqualTo(rtlh ? new[] { RtlhReasons.NoOwnLatrine } : Array.Empty<string>()));
        Assert.That(verdict.MeetsOccupantHealth, Is.EqualTo(!rtlh));
    }

    [Test]
    public void Every_failed_criterion_is_listed_in_a_fixed_order_with_the_three_requirements()
    {
        var hut = new HouseCondition(
            StructureCondition.SevereDamage, StructureCondition.ModerateDamage, StructureCondition.SevereDamage,
            RoofMaterial.Thatch, WallMaterial.Bamboo, FloorMaterial.Earth, 20m, 6, false, false, WaterAccess.None, LatrineAccess.None);

        var verdict = RtlhCriteria.Judge(hut);

        Assert.That(verdict.Reasons, Is.EqualTo(RtlhReasons.All));
        Assert.That((verdict.IsRtlh, verdict.MeetsBuildingSafety, verdict.MeetsMinimumArea, verdict.MeetsOccupantHealth), Is.EqualTo((true, false, false, false)));
        Assert.That(verdict.AreaPerPersonM2, Is.EqualTo(3.33m));
    }

    [Test]
    public void A_house_without_area_or_occupants_cannot_be_judged()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RtlhCriteria.Judge(Sound with { Occupants = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RtlhCriteria.Judge(Sound with { FloorAreaM2 = 0m }));
    }
}
