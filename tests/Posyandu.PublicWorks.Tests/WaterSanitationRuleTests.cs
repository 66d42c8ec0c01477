using Posyandu.PublicWorks.Contracts;
using Posyandu.PublicWorks.Domain;

namespace Posyandu.PublicWorks.Tests;

/// <summary>The one rule of a household's water and sanitation, at every rung and threshold.</summary>
public sealed class WaterSanitationRuleTests
{
    private static readonly DateOnly Day = new(2026, 11, 10);

    /// <summary>Piped water, 4 people × 100 L, on the premises; own flush toilet to a septic tank never emptied; soak pit; waste collected; CTPS and treated water.</summary>
    private static HouseholdConditions Household(Func<HouseholdConditions, HouseholdConditions>? change = null)
    {
        var household = new HouseholdConditions(
            Day, WaterSource.Piped, null, 400, 4, 0, ToiletFacility.FlushToSepticTank, false, null,
            WastewaterDisposal.SoakPit, WasteHandling.Collected, true, true);
        return change is null ? household : change(household);
    }

    [Test]
    public void A_household_with_piped_water_and_its_own_septic_toilet_is_layak_on_both_and_basic()
    {
        var verdict = WaterSanitationRule.Judge(Household());

        Assert.That((verdict.WaterLayak, verdict.WaterReasons, verdict.LitresPerPersonPerDay), Is.EqualTo((true, Array.Empty<string>(), 100.0m)));
        Assert.That((verdict.Sanitation, verdict.SanitationLayak, verdict.OpenDefecation), Is.EqualTo((SanitationRung.Basic, true, false)));
        Assert.That(verdict.SanitationReasons, Is.Empty);
        Assert.That(verdict.StbmPillarsMet, Is.EqualTo(StbmPillars.All));
    }

    [TestCase(WaterSource.Piped, true)]
    [TestCase(WaterSource.PublicTap, true)]
    [TestCase(WaterSource.WaterTerminal, true)]
    [TestCase(WaterSource.Rainwater, true)]
    [TestCase(WaterSource.UnprotectedDugWell, false, WaterReasons.UnprotectedSource)]
    [TestCase(WaterSource.UnprotectedSpring, false, WaterReasons.UnprotectedSource)]
    [TestCase(WaterSource.SurfaceWater, false, WaterReasons.SurfaceWater)]
    [TestCase(WaterSource.Bottled, false, WaterReasons.BoughtWater)]
    [TestCase(WaterSource.Vendor, false, WaterReasons.BoughtWater)]
    public void The_source_decides_by_the_spm_definition_of_layak(WaterSource source, bool layak, string? reason = null)
    {
        var verdict = WaterSanitationRule.Judge(Household(h => h with { WaterSource = source }));

        Assert.That(verdict.WaterLayak, Is.EqualTo(layak));
        Assert.That(verdict.WaterReasons, Is.EqualTo(reason is null ? Array.Empty<string>() : new[] { reason }));
    }

    [TestCase(WaterSource.BoreWellOrPump, 10.1, true)]
    [TestCase(WaterSource.BoreWellOrPump, 10.0, false)]
    [TestCase(WaterSource.ProtectedDugWell, 10.1, true)]
    [TestCase(WaterSource.ProtectedDugWell, 9.5, false)]
    [TestCase(WaterSource.ProtectedSpring, 25.0, true)]
    [TestCase(WaterSource.ProtectedSpring, 10.0, false)]
    public void A_well_or_spring_is_layak_only_more_than_10_m_from_a_septic_point(WaterSource source, decimal meters, bool layak)
    {
        var verdict = WaterSanitationRule.Judge(Household(h => h with { WaterSource = source, SourceToSepticMeters = meters }));

        Assert.That(verdict.WaterLayak, Is.EqualTo(layak));
        Assert.That(verdict.WaterReasons, layak ? Is.Empty : Is.EqualTo(new[] { WaterReasons.SepticTooClose }));
    }

    [Test]
    public void A_well_without_its_septic_distance_cannot_be_judged()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WaterSanitationRule.Judge(Household(h => h with { WaterSource = WaterSource.BoreWellOrPump })));
    }

    [TestCase(240, 4, true)]
    [TestCase(239, 4, false)]
    [TestCase(60, 1, true)]
    [TestCase(59, 1, false)]
    [TestCase(0, 3, false)]
    public void Sixty_litres_per_person_per_day_from_the_household_size_is_enough_and_less_is_not(int litres, int members, bool layak)
    {
        var verdict = WaterSanitationRule.Judge(Household(h => h with { WaterLitresPerDay = litres, Members = members }));

        Assert.That(verdict.WaterLayak, Is.EqualTo(layak));
        Assert.That(verdict.WaterReasons.Contains(WaterReasons.InsufficientQuantity), Is.EqualTo(!layak));
    }

    [TestCase(30, true)]
    [TestCase(31, false)]
    public void Collecting_water_may_take_up_to_30_minutes_round_trip(int minutes, bool layak)
    {
        var verdict = WaterSanitationRule.Judge(Household(h => h with { WaterSource = WaterSource.PublicTap, CollectionMinutes = minutes }));

        Assert.That(verdict.WaterLayak, Is.EqualTo(layak));
        Assert.That(verdict.WaterReasons, layak ? Is.Empty : Is.EqualTo(new[] { WaterReasons.TooFar }));
    }

    [Test]
    public void Every_failed_water_criterion_is_a_reason()
    {
        var verdict = WaterSanitationRule.Judge(Household(h => h with
        {
            WaterSource = WaterSource.ProtectedDugWell, SourceToSepticMeters = 4, WaterLitresPerDay = 100, CollectionMinutes = 45,
        }));

        Assert.That(verdict.WaterReasons, Is.EqualTo(new[] { WaterReasons.SepticTooClose, WaterReasons.InsufficientQuantity, WaterReasons.TooFar }));
    }

    [TestCase(ToiletFacility.FlushToSewer, false, SanitationRung.SafelyManaged, true)]
    [TestCase(ToiletFacility.FlushToSepticTank, false, SanitationRung.Basic, true)]
    [TestCase(ToiletFacility.FlushToPit, false, SanitationRung.Basic, true)]
    [TestCase(ToiletFacility.VentilatedPit, false, SanitationRung.Basic, true)]
    [TestCase(ToiletFacility.PitWithSlab, false, SanitationRung.Basic, true)]
    [TestCase(ToiletFacility.Composting, false, SanitationRung.Basic, true)]
    [TestCase(ToiletFacility.FlushToSewer, true, SanitationRung.Limited, false)]
    [TestCase(ToiletFacility.FlushToSepticTank, true, SanitationRung.Limited, false)]
    [TestCase(ToiletFacility.PitWithSlab, true, SanitationRung.Limited, false)]
    [TestCase(ToiletFacility.PitWithoutSlab, false, SanitationRung.Unimproved, false)]
    [TestCase(ToiletFacility.Hanging, false, SanitationRung.Unimproved, false)]
    [TestCase(ToiletFacility.Bucket, false, SanitationRung.Unimproved, false)]
    [TestCase(ToiletFacility.FlushToOpen, true, SanitationRung.Unimproved, false)]
    [TestCase(ToiletFacility.None, false, SanitationRung.OpenDefecation, false)]
    public void Sanitation_is_placed_on_the_jmp_ladder_and_layak_is_at_least_basic(ToiletFacility toilet, bool shared, SanitationRung rung, bool layak)
    {
        var verdict = WaterSanitationRule.Judge(Household(h => h with { Toilet = toilet, ToiletShared = shared }));

        Assert.That((verdict.Sanitation, verdict.SanitationLayak, verdict.OpenDefecation), Is.EqualTo((rung, layak, rung == SanitationRung.OpenDefecation)));
        var reason = rung switch
        {
            SanitationRung.Limited => SanitationReasons.SharedFacility,
            SanitationRung.Unimproved => SanitationReasons.UnimprovedFacility,
            SanitationRung.OpenDefecation => SanitationReasons.OpenDefecation,
            _ => null,
        };
        Assert.That(verdict.SanitationReasons, Is.EqualTo(reason is null ? Array.Empty<string>() : new[] { reason }));
        Assert.That(verdict.StbmPillarsMet.Contains(StbmPillars.StopBabs), Is.EqualTo(toilet != ToiletFacility.None));
    }

    [Test]
    public void A_septic_tank_emptied_in_the_last_five_years_is_safely_managed_and_one_emptied_earlier_basic()
    {
        var recently = WaterSanitationRule.Judge(Household(h => h with { SepticLastEmptiedOn = Day.AddYears(-5).AddDays(1) }));
        var fiveYearsAgo = WaterSanitationRule.Judge(Household(h => h with { SepticLastEmptiedOn = Day.AddYears(-5) }));
        var sharedAndEmptied = WaterSanitationRule.Judge(Household(h => h with { SepticLastEmptiedOn = Day.AddMonths(-3), ToiletShared = true }));

        Assert.That(recently.Sanitation, Is.EqualTo(SanitationRung.SafelyManaged));
        Assert.That(fiveYearsAgo.Sanitation, Is.EqualTo(SanitationRung.Basic));
        Assert.That(sharedAndEmptied.Sanitation, Is.EqualTo(SanitationRung.Limited), "shared is limited, however well emptied");
    }

    [Test]
    public void The_stbm_pillars_follow_waste_wastewater_handwashing_and_water_treatment()
    {
        var verdict = WaterSanitationRule.Judge(Household(h => h with
        {
            Waste = WasteHandling.Burned, Wastewater = WastewaterDisposal.OpenDrain, HandwashingWithSoap = false, DrinkingWaterTreated = true,
        }));
        var bankSampah = WaterSanitationRule.Judge(Household(h => h with { Waste = WasteHandling.BankSampah, Wastewater = WastewaterDisposal.Sewer }));
        var dumped = WaterSanitationRule.Judge(Household(h => h with { Waste = WasteHandling.Dumped, Wastewater = WastewaterDisposal.GroundOrRiver }));

        Assert.That(verdict.StbmPillarsMet, Is.EqualTo(new[] { StbmPillars.StopBabs, StbmPillars.PammRt }));
        Assert.That(bankSampah.StbmPillarsMet, Does.Contain(StbmPillars.PsRt).And.Contain(StbmPillars.PlcRt));
        Assert.That(dumped.StbmPillarsMet, Does.Not.Contain(StbmPillars.PsRt).And.Not.Contain(StbmPillars.PlcRt));
    }

    [Test]
    public void A_village_is_odf_when_no_surveyed_household_defecates_in_the_open_and_has_no_status_unsurveyed()
    {
        var household = new PublicWorksHousehold { HouseholdId = Guid.NewGuid(), PosyanduId = Guid.NewGuid(), RegionCode = "64.02.01.2001" };
        var clean = WaterSanitationSurvey.Record(household, Household(), false, null, DateTime.UnixEpoch);
        var open = WaterSanitationSurvey.Record(household, Household(h => h with { Toilet = ToiletFacility.None }), false, null, DateTime.UnixEpoch);

        Assert.That(VillageOdf.StatusOf([clean, null, clean]), Is.EqualTo(OdfStatus.Odf));
        Assert.That(VillageOdf.StatusOf([clean, open, null]), Is.EqualTo(OdfStatus.BelumOdf));
        Assert.That(VillageOdf.StatusOf([null, null]), Is.EqualTo(OdfStatus.BelumDisurvei));
        Assert.That(VillageOdf.StatusOf([]), Is.EqualTo(OdfStatus.BelumDisurvei));
    }
}
