using System.Text;
using Posyandu.Health.Immunisation;

namespace Posyandu.Health.Tests.Immunisation;

/// <summary>The embedded national schedule: what it says, and that a broken file is refused at load.</summary>
public sealed class ScheduleTests
{
    private static readonly ImmunisationSchedule Schedule = ImmunisationSchedule.National;

    [TestCase("hb0", 1, 0)]
    [TestCase("bcg", 1, 1)]
    [TestCase("opv", 1, 1)]
    [TestCase("opv", 2, 2)]
    [TestCase("opv", 3, 3)]
    [TestCase("opv", 4, 4)]
    [TestCase("dpt-hb-hib", 1, 2)]
    [TestCase("dpt-hb-hib", 2, 3)]
    [TestCase("dpt-hb-hib", 3, 4)]
    [TestCase("dpt-hb-hib", 4, 18)]
    [TestCase("ipv", 1, 4)]
    [TestCase("ipv", 2, 9)]
    [TestCase("pcv", 1, 2)]
    [TestCase("pcv", 2, 3)]
    [TestCase("pcv", 3, 12)]
    [TestCase("rv", 1, 2)]
    [TestCase("rv", 2, 3)]
    [TestCase("rv", 3, 4)]
    [TestCase("mr", 1, 9)]
    [TestCase("mr", 2, 18)]
    public void Each_programme_dose_is_recommended_at_the_kemenkes_age_in_months(string antigen, int dose, int months)
    {
        var scheduled = Schedule.Find(antigen, dose);

        Assert.That(scheduled, Is.Not.Null);
        Assert.That(scheduled!.RecommendedAge, Is.EqualTo(new AgeSpan(Months: months)));
    }

    [Test]
    public void The_schedule_has_exactly_the_programme_doses()
    {
        Assert.That(Schedule.Doses, Has.Count.EqualTo(20));
        Assert.That(Schedule.AntigenNames.Keys, Is.EqualTo(new[] { "hb0", "bcg", "opv", "dpt-hb-hib", "ipv", "pcv", "rv", "mr" }));
        Assert.That(Schedule.Find("opv", 5), Is.Null);
        Assert.That(Schedule.Find("polio", 1), Is.Null);
    }

    [Test]
    public void Every_dose_is_valid_no_later_than_recommended_and_later_doses_keep_an_interval()
    {
        var birth = new DateOnly(2025, 1, 31);
        Assert.Multiple(() =>
        {
            foreach (var dose in Schedule.Doses)
            {
                Assert.That(dose.MinimumAge.After(birth), Is.LessThanOrEqualTo(dose.RecommendedOn(birth)), dose.Label);
                Assert.That(dose.MinimumInterval is null, Is.EqualTo(dose.Dose == 1), dose.Label);
            }
        });
    }

    [Test]
    public void Hb0_is_a_birth_dose_that_closes_at_seven_days()
    {
        var hb0 = Schedule.Find("hb0", 1)!;

        Assert.That(hb0.LastValidDay(new DateOnly(2026, 3, 1)), Is.EqualTo(new DateOnly(2026, 3, 8)));
    }

    [Test]
    public void Imunisasi_dasar_lengkap_is_hb0_bcg_four_opv_three_dpt_hb_hib_one_ipv_and_one_mr_by_twelve_months()
    {
        var parts = Schedule.Basic.Parts.ToDictionary(p => p.Antigen, p => p.Doses);

        Assert.That(parts, Is.EqualTo(new Dictionary<string, int> { ["hb0"] = 1, ["bcg"] = 1, ["opv"] = 4, ["dpt-hb-hib"] = 3, ["ipv"] = 1, ["mr"] = 1 }));
        Assert.That(Schedule.Basic.ByAge, Is.EqualTo(new AgeSpan(Months: 12)));
        Assert.That(Schedule.Basic.Includes("dpt-hb-hib", 4), Is.False, "the booster is not basic immunisation");
        Assert.That(Schedule.Basic.Includes("pcv", 1), Is.False);
    }

    [Test]
    public void The_file_cites_its_sources()
    {
        Assert.That(Schedule.Sources, Has.Some.Contains("Permenkes No. 12 Tahun 2017"));
        Assert.That(Schedule.Sources, Has.Some.Contains("PCV").And.Some.Contains("WHO"));
    }

    [TestCase("""{ "dose": 2, "recommendedAge": { "months": 1 }, "minimumAge": { "days": 0 } }""", "numbered")]
    [TestCase("""{ "dose": 1, "recommendedAge": { "months": 1 }, "minimumAge": { "months": 2 } }""", "minimumAge is after recommendedAge")]
    [TestCase("""{ "dose": 1, "recommendedAge": { "months": 1 }, "minimumAge": { "days": 0 }, "minimumInterval": { "weeks": 4 } }""", "minimumInterval")]
    [TestCase("""{ "dose": 1, "recommendedAge": { "months": 1 }, "minimumAge": { "days": 0 }, "maximumAge": { "days": 7 } }""", "maximumAge")]
    public void An_inconsistent_dose_is_refused_at_load(string dose, string problem)
    {
        var json = $$"""{ "sources": [], "antigens": [ { "code": "bcg", "name": "BCG", "doses": [ {{dose}} ] } ], "basicImmunisation": { "name": "IDL", "byAge": { "months": 12 }, "doses": [] } }""";

        Assert.That(() => ImmunisationSchedule.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains(problem));
    }

    [Test]
    public void A_basic_immunisation_set_naming_an_unknown_antigen_is_refused_at_load()
    {
        const string json = """{ "sources": [], "antigens": [ { "code": "bcg", "name": "BCG", "doses": [ { "dose": 1, "recommendedAge": { "months": 1 }, "minimumAge": { "days": 0 } } ] } ], "basicImmunisation": { "name": "IDL", "byAge": { "months": 12 }, "doses": [ { "antigen": "campak", "doses": 1 } ] } }""";

        Assert.That(() => ImmunisationSchedule.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("campak"));
    }
}
