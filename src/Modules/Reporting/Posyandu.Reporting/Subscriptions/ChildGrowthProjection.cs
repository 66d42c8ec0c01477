using Posyandu.Health.Contracts;

namespace Posyandu.Reporting.Subscriptions;

/// <summary>
/// Each under-five counts once per month, by their last visit that month: weighed (D), its growth trend (N, T, O,
/// B; 2T; BGM), measured for length, and underweight / stunted / wasted (WHO &lt; −2 SD, flagged values left out;
/// oedema counts as wasted). A visit recorded late for an earlier month corrects that month; a visit re-published
/// with a corrected trend (same visit, same day) replaces its earlier message.
/// </summary>
internal sealed class ChildGrowthProjection(FactWriter facts) : IIntegrationEventHandler<ChildMeasured>
{
    private const string Kind = "child-month";

    public sealed record State(
        DateOnly MeasuredOn, bool Weighed, bool LengthMeasured, bool WflMeasured, bool Underweight, bool Stunted, bool Wasted,
        string? Trend = null, bool TwoT = false, bool BelowRedLine = false, bool NeedsReferral = false);

    public Task HandleAsync(ChildMeasured e, IntegrationEventContext context, CancellationToken ct) =>
        facts.ApplyAsync<State>(Kind, e.ResidentId, Period.Parse(e.Period), new Place(e.PosyanduId, RegionCode.Parse(e.RegionCode)),
            state => state is not null && state.MeasuredOn > e.MeasuredOn
                ? state
                : new State(e.MeasuredOn, e.Weighed, e.LengthMeasured, e.WeightForLengthHeightZ is not null || e.Oedema, e.Underweight, e.Stunted, e.Wasted,
                    e.Trend, e.TwoT, e.BelowRedLine, e.NeedsReferral),
            Metrics, ct);

    private static IEnumerable<(string, long)> Metrics(State s)
    {
        if (s.Weighed)
        {
            yield return ("health.d", 1);
            yield return ("health.weighed", 1);
        }

        // N, T, O and B: one of them for every weighed child (their sum is D).
        if (s.Trend is { Length: > 0 } trend) yield return ($"health.{trend.ToLowerInvariant()}", 1);
        if (s.TwoT) yield return ("health.2t", 1);
        if (s.BelowRedLine) yield return ("health.bgm", 1);
        if (s.NeedsReferral) yield return ("health.referral_needed", 1);

        if (s.LengthMeasured) yield return ("health.length_measured", 1);
        if (s.WflMeasured) yield return ("health.wfl_measured", 1);
        if (s.Underweight) yield return ("health.underweight", 1);
        if (s.Stunted) yield return ("health.stunted", 1);
        if (s.Wasted) yield return ("health.wasted", 1);
    }
}
