using Posyandu.Health.Contracts;

namespace Posyandu.Reporting.Subscriptions;

/// <summary>
/// Pregnant women seen at the Posyandu each month, those whose LiLA was measured, and those at KEK risk (LiLA
/// &lt; 23.5 cm at registration or at any check that month). Flags only ever add up within a month, so redelivered
/// or reordered events give the same counts.
/// </summary>
internal sealed class PregnancyProjection(FactWriter facts) :
    IIntegrationEventHandler<PregnancyRegistered>,
    IIntegrationEventHandler<AntenatalCheckRecorded>
{
    private const string Kind = "pregnancy-month";

    public sealed record State(bool Measured, bool Kek);

    public Task HandleAsync(PregnancyRegistered e, IntegrationEventContext context, CancellationToken ct) =>
        ApplyAsync(e.PregnancyId, e.Period, e.PosyanduId, e.RegionCode, e.KekRisk, ct);

    public Task HandleAsync(AntenatalCheckRecorded e, IntegrationEventContext context, CancellationToken ct) =>
        ApplyAsync(e.PregnancyId, e.Period, e.PosyanduId, e.RegionCode, e.KekRisk, ct);

    private Task ApplyAsync(Guid pregnancy, string period, Guid posyandu, string village, bool? kek, CancellationToken ct) =>
        facts.ApplyAsync<State>(Kind, pregnancy, Period.Parse(period), new Place(posyandu, RegionCode.Parse(village)),
            state => new State((state?.Measured ?? false) || kek is not null, (state?.Kek ?? false) || kek == true),
            Metrics, ct);

    private static IEnumerable<(string, long)> Metrics(State s)
    {
        yield return ("health.pregnant", 1);
        if (s.Measured) yield return ("health.pregnant_measured", 1);
        if (s.Kek) yield return ("health.pregnant_kek", 1);
    }
}
