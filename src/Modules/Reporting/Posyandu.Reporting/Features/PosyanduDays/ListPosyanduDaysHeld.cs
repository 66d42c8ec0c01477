namespace Posyandu.Reporting.Features.PosyanduDays;

/// <summary>
/// The Posyandu of a region that held their Posyandu day in a month: at least one under-five weighed there (D &gt; 0,
/// the SKDN's D — a day with no child weighed was not held). A Posyandu of the region that is not listed held none
/// (yet): the village page says "missed" once its service day has passed. Only whether, not how many, so there is no
/// small cell to withhold.
/// </summary>
public sealed record ListPosyanduDaysHeld(string? Region, string? Period) : IQuery<ListPosyanduDaysHeld.Result>
{
    public const string WeighedMetric = "health.d";

    public sealed record Result(string Region, string Period, IReadOnlyList<Held> Posyandu);

    public sealed record Held(Guid PosyanduId, string RegionCode);

    internal sealed class Handler(ReportingDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListPosyanduDaysHeld, Result>
    {
        public async Task<Result> Handle(ListPosyanduDaysHeld request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var prefix = region.ToString();
            var month = period.ToString();
            var held = await db.PosyanduTotals.AsNoTracking()
                .Where(t => t.Period == month && t.Metric == WeighedMetric && t.Value > 0 && t.RegionCode.StartsWith(prefix))
                .OrderBy(t => t.RegionCode).ThenBy(t => t.PosyanduId)
                .Select(t => new Held(t.PosyanduId, t.RegionCode))
                .Take(5000).ToListAsync(cancellationToken);
            return new Result(prefix, month, held);
        }
    }
}

internal static class ListPosyanduDaysHeldEndpoint
{
    public static void MapListPosyanduDaysHeld(this IEndpointRouteBuilder group) =>
        group.MapGet("/posyandu/days-held", async (string? region, string? period, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPosyanduDaysHeld(region, period), ct)))
            .WithName("ListPosyanduDaysHeld")
            .WithSummary("The Posyandu of a region (default: the caller's) that held their Posyandu day in a month (yyyy-MM): at least one under-five weighed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAnyRole();
}
