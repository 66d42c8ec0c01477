namespace Posyandu.Health.Features.Immunisation;

/// <summary>
/// Dinas Kesehatan's list of children needing action for immunisation: the living under-fives of a region (a
/// Posyandu's village, a district, a regency) with a dose overdue at the end of the month — or today, for the month
/// that is not over. A worklist for the puskesmas and the kader (sweeping, home visits), so it names the child;
/// never the NIK. At most <see cref="ChildrenWithDoses.Limit"/> children; audited as one line naming every child listed.
/// </summary>
public sealed record ListOverdueImmunisations(string? Region, string? Period) : IQuery<IReadOnlyList<ChildDoses>>
{
    internal sealed class Handler(HealthDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListOverdueImmunisations, IReadOnlyList<ChildDoses>>
    {
        public async Task<IReadOnlyList<ChildDoses>> Handle(ListOverdueImmunisations request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var today = clock.Today();
            var asOf = period.LastDay < today ? period.LastDay : today;
            var (code, prefix) = (region.ToString(), region + ".");
            var residents = db.Residents.Where(r => r.RegionCode == code || r.RegionCode.StartsWith(prefix));
            var children = await ChildrenWithDoses.LoadAsync(db, residents, asOf, s => s.Status == DoseState.Overdue, cancellationToken);
            await db.RecordListReadAsync("ChildImmunisations", children.Select(c => c.ResidentId), code, cancellationToken);
            return [.. children.OrderBy(c => c.RegionCode, StringComparer.Ordinal)]; // stable: by name within a village
        }
    }
}

internal static class ListOverdueImmunisationsEndpoint
{
    public static void MapListOverdueImmunisations(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/immunisation-overdue", async (string? region, string? period, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListOverdueImmunisations(region, period), ct)))
            .WithName("ListOverdueImmunisations")
            .WithSummary("Children of a region (village, district, regency) with an immunisation overdue at the month's end: a worklist with names, no NIK.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Health); // names: health staff and the Posyandu's health kader, as the growth worklist
}
