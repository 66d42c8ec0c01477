using System.Text.Json;
using Posyandu.Testing;

namespace Posyandu.Housing.Tests;

/// <summary>
/// Housing says what a house contributes to the SPM data elements — Reporting only counts it: after each change the
/// house's whole contribution, as <c>HouseStatus</c> reads its history, with a version that grows.
/// </summary>
public sealed class SpmContributionTests : HousingFixture
{
    [Test]
    public async Task Each_change_publishes_the_house_s_whole_contribution_month_by_month()
    {
        var household = await HouseholdAsync();
        await AssessAsync(household, Rtlh(Month(1, 5)));
        var works = await StartAsync(household, Month(1, 20));
        await Ok(await Opd.PostJson($"/api/housing/rehabilitations/{works}/complete", new { completedOn = Iso(Month(2, 28)), finalCostRupiah = 18_000_000 }));
        await AssessAsync(household, Rtlh(Month(3, 2)));

        var mine = (await PublishedAsync("SpmDataReported")).Where(e => e.GetProperty("subjectId").GetGuid() == household).ToList();

        var (january, february, march) = (PeriodOf(Month(1)), PeriodOf(Month(2)), PeriodOf(Month(3)));
        Assert.That(mine.Select(e => e.GetProperty("kind").GetString()), Is.All.EqualTo("housing.house"));
        Assert.That(mine.Select(Values), Is.EqualTo(new[]
        {
            new[] { $"housing.assessed {january}..", $"housing.rtlh {january}.." },
            [$"housing.rehab_completed {february}", $"housing.assessed {january}..", $"housing.rtlh {january}..{february}"],
            [$"housing.rehab_completed {february}", $"housing.assessed {january}..", $"housing.rtlh {january}..{february}", $"housing.rtlh {march}.."],
        }), "the start of the works changes nothing and publishes nothing");
        Assert.That(mine.Select(e => e.GetProperty("version").GetInt64()), Is.Ordered.Ascending.And.Unique);
    }

    private static string[] Values(JsonElement contribution) =>
    [
        .. contribution.GetProperty("values").EnumerateArray().Select(v =>
            $"{v.GetProperty("element").GetString()} {v.GetProperty("period").GetString()}"
            + (v.GetProperty("running").GetBoolean() ? $"..{(v.GetProperty("until").ValueKind == JsonValueKind.Null ? "" : v.GetProperty("until").GetString())}" : "")),
    ];
}
