using System.Globalization;
using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.Tests.Anthropometry.Reference2007;

/// <summary>
/// The acceptance check of the 5–19 engine: every child of WHO's example survey gets WHO's z-scores (within 0.01)
/// and flags, and no z-score where WHO computes none.
/// </summary>
public sealed class WhoExampleSurveyTests
{
    private static readonly string[][] Rows = File.ReadLines(
            Path.Combine(TestContext.CurrentContext.TestDirectory, "Anthropometry", "Reference2007", "who-example-survey.csv"))
        .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();

    [Test]
    public void The_survey_has_all_933_children() => Assert.That(Rows, Has.Length.EqualTo(933));

    [Test]
    public void Every_z_score_and_flag_equals_whos()
    {
        var mismatches = new List<string>();
        foreach (var p in Rows)
        {
            var r = GrowthReference.Calculate(
                p[1] == "1" ? Sex.Male : Sex.Female, Number(p[2])!.Value, Number(p[3]), Number(p[4]), oedema: p[5] == "y");
            Check(mismatches, p[0], "hfa", r.LengthHeightForAge, Number(p[6]), p[9]);
            Check(mismatches, p[0], "wfa", r.WeightForAge, Number(p[7]), p[10]);
            Check(mismatches, p[0], "bfa", r.BmiForAge, Number(p[8]), p[11]);
        }

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void The_survey_exercises_the_restricted_method_flags_and_oedema()
    {
        // Guards the test above against a survey that would not check the hard parts.
        Assert.That(Rows.Count(p => p[5] == "y"), Is.GreaterThan(0), "oedema");
        Assert.That(Rows.Count(p => p[10] == "1" || p[11] == "1"), Is.GreaterThan(0), "flags");
        Assert.That(Rows.Count(p => Number(p[8]) is > 3 or < -3), Is.GreaterThan(0), "BMI beyond ±3 SD");
        Assert.That(Rows.Count(p => Number(p[7]) is > 3 or < -3), Is.GreaterThan(0), "weight beyond ±3 SD");
    }

    private static void Check(List<string> mismatches, string id, string indicator, IndicatorResult? actual, double? expectedZ, string expectedFlag)
    {
        if (expectedZ is not { } z)
        {
            if (actual is not null)
            {
                mismatches.Add($"{id} {indicator}: WHO none, engine {actual.Z}");
            }

            return;
        }

        if (actual is null || Math.Abs(actual.Z - z) > 0.01 + 1e-9 || actual.Flagged != (expectedFlag == "1"))
        {
            mismatches.Add($"{id} {indicator}: WHO {z} flag {expectedFlag}, engine {actual?.Z} flag {actual?.Flagged}");
        }
    }

    private static double? Number(string text) =>
        text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
