using Posyandu.Registry.Contracts;
using Posyandu.SharedKernel.Time;

namespace Posyandu.Reporting.Subscriptions;

/// <summary>
/// Counts residents by age band per region and month (S for SKDN, children of PAUD age…) from the registry's
/// events, without names. A resident counts where they lived: in their first village from birth (the registry
/// rarely knows better), in a new one from the month of a move, until the month after death.
/// </summary>
internal sealed class PopulationProjection(StayWriter stays, PopulationBands bands, TimeProvider time) :
    IIntegrationEventHandler<ResidentRegistered>,
    IIntegrationEventHandler<ResidentUpdated>,
    IIntegrationEventHandler<ResidentMoved>,
    IIntegrationEventHandler<ResidentDied>
{
    private const string Kind = "resident";

    public sealed record Place(string Village, string From);

    public sealed record State(DateOnly BirthDate, IReadOnlyList<Place> Places, string? DiedIn);

    public Task HandleAsync(ResidentRegistered e, IntegrationEventContext context, CancellationToken ct) =>
        stays.ApplyAsync<State>(Kind, e.ResidentId,
            state => state ?? new State(e.BirthDate, [new Place(e.RegionCode, Period.Of(e.BirthDate).ToString())], null), Stays, ct);

    /// <summary>A correction: the birth date, or the village of the current place (not a move).</summary>
    public Task HandleAsync(ResidentUpdated e, IntegrationEventContext context, CancellationToken ct) =>
        stays.ApplyAsync<State>(Kind, e.ResidentId, state =>
        {
            var known = Known(state, e.ResidentId);
            return known with { BirthDate = e.BirthDate, Places = [.. known.Places.SkipLast(1), known.Places[^1] with { Village = e.RegionCode }] };
        }, Stays, ct);

    public Task HandleAsync(ResidentMoved e, IntegrationEventContext context, CancellationToken ct) =>
        stays.ApplyAsync<State>(Kind, e.ResidentId, state =>
        {
            var known = Known(state, e.ResidentId);
            var month = Period.Of(time.LocalDate(context.OccurredAt)).ToString();
            if (known.Places.Any(p => p.From == month && p.Village == e.RegionCode) || known.Places[^1].Village == e.RegionCode)
            {
                return known; // redelivered, or a move between Posyandu of one village
            }

            var kept = known.Places.Where(p => string.CompareOrdinal(p.From, month) < 0).ToList();
            return known with { Places = [.. kept, new Place(e.RegionCode, month)] };
        }, Stays, ct);

    public Task HandleAsync(ResidentDied e, IntegrationEventContext context, CancellationToken ct) =>
        stays.ApplyAsync<State>(Kind, e.ResidentId, state => Known(state, e.ResidentId) with { DiedIn = Period.Of(e.DateOfDeath).ToString() }, Stays, ct);

    /// <summary>A change that overtook the registration: throw so the outbox retries it after the registration.</summary>
    private static State Known(State? state, Guid id) =>
        state ?? throw new AwaitedEventMissingException("registry", $"Resident {id} is not counted yet; retry later.");

    private IEnumerable<Stay> Stays(State state)
    {
        var born = Period.Of(state.BirthDate);
        Period? gone = state.DiedIn is null ? null : Period.Parse(state.DiedIn).Next();
        for (var i = 0; i < state.Places.Count; i++)
        {
            var from = Period.Parse(state.Places[i].From);
            var until = i + 1 < state.Places.Count ? Period.Parse(state.Places[i + 1].From) : gone;
            if (gone is { } g && until is { } u && g < u)
            {
                until = g;
            }

            foreach (var band in bands.All)
            {
                var (start, end) = (born.AddMonths(band.FromMonths), born.AddMonths(band.UntilMonths));
                var stayFrom = start > from ? start : from;
                var stayUntil = until is { } x && x < end ? x : end;
                if (stayFrom < stayUntil)
                {
                    yield return new Stay(band.Metric, RegionCode.Parse(state.Places[i].Village), stayFrom, stayUntil);
                }
            }
        }
    }
}
