using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;
using static Posyandu.Health.Tests.Anthropometry.Child;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>Rule 9 in prevalence: oedema counts as below −3 SD for the weight-based indicators; flagged scores do not count.</summary>
public sealed class PrevalenceTests
{
    [Test]
    public void Oedema_counts_as_severe_wasting_and_severe_underweight_though_no_z_score_exists()
    {
        var m = Measured(Sex.Male, 500, 9, 78, oedema: true);
        var r = GrowthStandards.Calculate(m);

        Assert.That(r.WeightForLengthHeight, Is.Null);
        Assert.That(Prevalence.CountsAsSevereWasting(m, r), Is.True);
        Assert.That(Prevalence.CountsAsWasted(m, r), Is.True);
        Assert.That(Prevalence.CountsAsSeverelyUnderweight(m, r), Is.True);
        Assert.That(Prevalence.CountsAsUnderweight(m, r), Is.True);
        Assert.That(Prevalence.CountsAsStunted(r), Is.EqualTo(r.LengthHeightForAge!.Z < -2));
    }

    [TestCase(1827)]
    [TestCase(-1)]
    public void Oedema_outside_the_age_range_does_not_count(int days)
    {
        var m = Measured(Sex.Male, days, 9, 78, oedema: true);

        Assert.That(Prevalence.CountsAsSevereWasting(m, GrowthStandards.Calculate(m)), Is.False);
    }

    [Test]
    public void Without_oedema_the_rounded_unflagged_z_score_decides()
    {
        var wasted = Measured(Sex.Male, 1010, 10, 100);     // anthro README: zwfl −5.19, flagged
        var normal = Measured(Sex.Male, 1000, 15, 100);     // zwfl −0.29

        Assert.That(Prevalence.CountsAsSevereWasting(wasted, GrowthStandards.Calculate(wasted)), Is.False, "flagged: left out");
        Assert.That(Prevalence.CountsAsWasted(normal, GrowthStandards.Calculate(normal)), Is.False);
        Assert.That(Prevalence.CountsAsUnderweight(wasted, GrowthStandards.Calculate(wasted)), Is.True, "zwei −2.76");
        Assert.That(Prevalence.CountsAsSeverelyUnderweight(wasted, GrowthStandards.Calculate(wasted)), Is.False);
    }
}
