using Posyandu.Health.LifeCycle;
using Posyandu.Health.Synthetic;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Health.Tests.Synthetic;

/// <summary>
/// The generator's school-age screenings judged by the real IMT/U rules: a third of 5–17-year-olds, within the age
/// on the day, no WHO flag, and thinness and obesity near the Riskesdas levels it aims at (≈ 10 % and ≈ 8 %).
/// </summary>
public sealed class SchoolScreeningModelTests
{
    [Test]
    public void A_third_of_school_age_children_are_screened_with_riskesdas_like_thinness_and_obesity()
    {
        var (from, today) = (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1));
        var model = new LifeCycleModel(Sampling.For(64, 1));
        var children = Enumerable.Range(0, 6000).Select(i => new Member(
            Guid.NewGuid(), i % 2 == 0 ? Sex.Male : Sex.Female, today.AddDays(-(4 * 365) - (i * 14 % (14 * 365))), "anak", "64.02.01.2001", 5)).ToList();

        var screened = children.Select(c => (Child: c, Screenings: model.SchoolScreenings(c, from, today))).Where(c => c.Screenings.Count > 0).ToList();
        var judged = screened.SelectMany(c => c.Screenings.Select(s => (c.Child, s.On, Growth: ScreeningGrowth.Of(
            c.Child.Sex, c.Child.Born, s.On, c.Child.AgeYearsOn(s.On), s.WeightKg, s.HeightCm, ScreeningRisk.Bmi(s.WeightKg, s.HeightCm))))).ToList();
        var eligible = children.Count(c => c.Born.AddYears(5).AddDays(1) <= today && c.Born.AddYears(18).AddDays(-1) >= from);

        Assert.Multiple(() =>
        {
            Assert.That(screened.Count / (double)eligible, Is.InRange(0.30, 0.37), "a third of those of school age in the window");
            Assert.That(judged.Count / (double)screened.Count, Is.InRange(1.15, 1.4), "half screened again 5–7 months later, when that is still in the window");
            Assert.That(judged.All(j => j.On >= from && j.On <= today && LifeStages.Of(j.Child.AgeYearsOn(j.On)) == LifeStage.SchoolAgeAndAdolescent), Is.True,
                "5–17 years on the day, in the window");
            Assert.That(judged.All(j => j.Growth.BmiForAgeFlagged == false), Is.True, "no implausible IMT/U");
            Assert.That(judged.Count(j => j.Growth.Thinness == true) / (double)judged.Count, Is.InRange(0.07, 0.13), "thin");
            Assert.That(judged.Count(j => j.Growth.Obesity == true) / (double)judged.Count, Is.InRange(0.05, 0.11), "obese");
        });
    }
}
