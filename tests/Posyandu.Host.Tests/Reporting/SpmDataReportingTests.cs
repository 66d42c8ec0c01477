using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Reports;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Reporting;

/// <summary>
/// A sector Reporting has no code for (Social: its indicators are only in indicators.json) reaches the scorecard
/// through <see cref="SpmDataReported"/> alone; a newer contribution replaces the older, an empty one withdraws it,
/// and an older one delivered after them changes nothing.
/// </summary>
public sealed class SpmDataReportingTests
{
    private const string Perian = "64.02.01.2001";
    private static readonly Guid Posyandu = Guid.NewGuid();
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync();
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task A_new_sector_s_values_are_counted_replaced_and_withdrawn_by_version()
    {
        var (family, other) = (Guid.NewGuid(), Guid.NewGuid());
        var march = new Period(2025, 3);
        SpmDataValue[] vulnerable = [SpmDataValue.Span("social.households_vulnerable", new Period(2025, 1), null)];
        SpmDataValue[] assisted = [.. vulnerable, SpmDataValue.Monthly("social.households_assisted", march)];

        await DeliverAsync(Reported(family, 2, vulnerable), Reported(other, 1, assisted));
        var first = await FiguresAsync("sos-bantuan", march);
        await DeliverAsync(Reported(family, 3, assisted));
        var replaced = await FiguresAsync("sos-bantuan", march);
        await DeliverAsync(Reported(other, 5, []), Reported(other, 4, assisted));
        var withdrawn = await FiguresAsync("sos-bantuan", march);

        Assert.That(first, Is.EqualTo((1L, 2L)), "two vulnerable households from January, one assisted in March");
        Assert.That(replaced, Is.EqualTo((2L, 2L)));
        Assert.That(withdrawn, Is.EqualTo((1L, 1L)), "the empty contribution (version 5) stands against the older one delivered after it");
        Assert.That(await FiguresAsync("sos-bantuan", new Period(2024, 12)), Is.EqualTo((0L, 0L)));
    }

    private static SpmDataReported Reported(Guid household, long version, IReadOnlyList<SpmDataValue> values) =>
        new("social.household", household, null, Posyandu, Perian, version, values);

    /// <summary>Writes the contributions into a module's outbox, as a sector's handler does, and delivers them.</summary>
    private async Task DeliverAsync(params SpmDataReported[] contributions)
    {
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var source = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(d => d.Module == "housing").Resolve(scope.ServiceProvider);
            foreach (var contribution in contributions)
            {
                source.Publish(contribution);
            }

            await source.SaveChangesAsync();
        }

        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("housing", CancellationToken.None);
    }

    private async Task<(long Numerator, long Denominator)> FiguresAsync(string id, Period period)
    {
        var card = await (await _dpmd.GetAsync($"/api/reporting/scorecard?region={Perian}&period={period}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var indicator = card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == id);
        return (indicator.GetProperty("numerator").ValueKind == JsonValueKind.Number ? indicator.GetProperty("numerator").GetInt64() : 0,
            indicator.TryGetProperty("denominator", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt64() : 0);
    }
}
