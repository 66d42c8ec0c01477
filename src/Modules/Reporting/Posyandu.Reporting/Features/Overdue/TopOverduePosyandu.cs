namespace Posyandu.Reporting.Features.Overdue;

/// <summary>The Posyandu of a region with the most service requests overdue right now (all sectors, all months).</summary>
public sealed record TopOverduePosyandu(string? Region, int Take = 20) : IQuery<IReadOnlyList<TopOverduePosyandu.Row>>
{
    /// <remarks>
    /// A request is a resident's (a KTP, a referral, a PPKS case): below DPMD of the province a count of 1–4 is null,
    /// with its complements — the rows add up to the region's figures on the scorecard (<see cref="SmallCellPolicy"/>).
    /// The order is by the counts as they are, so the list stays "the most overdue first".
    /// </remarks>
    public sealed record Row(Guid PosyanduId, string RegionCode, long? Overdue, long? Open);

    internal sealed class Handler(ReportingDbContext db, ICurrentUser user, TimeProvider clock, SmallCellPolicy smallCells) : IRequestHandler<TopOverduePosyandu, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(TopOverduePosyandu request, CancellationToken cancellationToken)
        {
            var (region, _) = RegionMonth.Parse(request.Region, null, user, clock);
            var prefix = region.ToString();
            var rows = await db.PosyanduTotals.AsNoTracking()
                .Where(t => t.RegionCode.StartsWith(prefix) && (t.Metric == "sr.all.overdue" || t.Metric == "sr.all.open"))
                .GroupBy(t => new { t.PosyanduId, t.RegionCode })
                .Select(g => new Row(
                    g.Key.PosyanduId, g.Key.RegionCode,
                    g.Where(t => t.Metric == "sr.all.overdue").Sum(t => t.Value),
                    g.Where(t => t.Metric == "sr.all.open").Sum(t => t.Value)))
                .ToListAsync(cancellationToken);
            var top = rows.Where(r => r.Overdue > 0).OrderByDescending(r => r.Overdue).ThenByDescending(r => r.Open)
                .Take(Math.Clamp(request.Take, 1, 200)).ToList();
            var table = smallCells.Table();
            var cells = top.Select(r => (Overdue: table.Cell(r.Overdue ?? 0), Open: table.Cell(r.Open ?? 0))).ToList();
            table.Sum(null, cells.Select(c => c.Overdue)).Sum(null, cells.Select(c => c.Open));
            return [.. top.Select((r, i) => r with { Overdue = table[cells[i].Overdue], Open = table[cells[i].Open] })];
        }
    }
}

internal static class TopOverduePosyanduEndpoint
{
    public static void MapTopOverduePosyandu(this IEndpointRouteBuilder group) =>
        group.MapGet("/posyandu/overdue", async (string? region, int? take, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TopOverduePosyandu(region, take ?? 20), ct)))
            .WithName("TopOverduePosyandu")
            .WithSummary("The Posyandu with the most overdue service requests in a region.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAnyRole();
}
