namespace Posyandu.Housing.Features.Households;

/// <summary>
/// The worklist of a Posyandu: households whose house is RTLH today and not in a rehabilitation — the candidates
/// to propose for BSPS or another programme. Longest-waiting first (oldest assessment in force), with the reasons,
/// so the kader and the village can see what each house needs; the living residents' names help the kader find the family.
/// A listing of people by name, so audited as one line naming every household listed.
/// </summary>
public sealed record ListRtlhWorklist(Guid PosyanduId, DateOnly Today) : IQuery<ListRtlhWorklist.Worklist>
{
    public sealed record Household(
        Guid HouseholdId, Guid AssessmentId, DateOnly AssessedOn, IReadOnlyList<string> Reasons, decimal FloorAreaM2, int Occupants,
        decimal AreaPerPersonM2, IReadOnlyList<string> Residents);

    public sealed record Worklist(Guid PosyanduId, string Name, string RegionCode, DateOnly AsOf, IReadOnlyList<Household> Households);

    internal sealed class Handler(HousingDbContext db) : IRequestHandler<ListRtlhWorklist, Worklist>
    {
        public async Task<Worklist> Handle(ListRtlhWorklist request, CancellationToken cancellationToken)
        {
            var posyandu = await db.Posyandu.AsNoTracking().SingleOrDefaultAsync(p => p.PosyanduId == request.PosyanduId, cancellationToken)
                           ?? throw new NotFoundException("Posyandu");
            var day = request.Today;
            var assessments = await db.Assessments.AsNoTracking()
                .Where(a => a.PosyanduId == posyandu.PosyanduId && a.AssessedOn <= day).ToListAsync(cancellationToken);
            var rehabilitations = (await db.Rehabilitations.AsNoTracking()
                    .Where(r => r.PosyanduId == posyandu.PosyanduId && r.StartedOn <= day).ToListAsync(cancellationToken))
                .ToLookup(r => r.HouseholdId);
            var waiting = assessments.GroupBy(a => a.HouseholdId)
                .Select(g => HouseStatus.On(day, g, rehabilitations[g.Key]))
                .Where(s => s is { IsRtlh: true, InRehabilitation: null })
                .Select(s => s.Assessment!)
                .OrderBy(a => a.AssessedOn).ThenBy(a => a.HouseholdId)
                .ToList();
            var ids = waiting.Select(a => a.HouseholdId).ToList();
            var residents = (await db.Residents.AsNoTracking().Where(r => ids.Contains(r.HouseholdId) && r.Alive)
                    .OrderBy(r => r.BirthDate).Select(r => new { r.HouseholdId, r.Name }).ToListAsync(cancellationToken))
                .ToLookup(r => r.HouseholdId, r => r.Name);
            await db.RecordListReadAsync("RtlhHousehold", ids, posyandu.RegionCode, cancellationToken);
            return new Worklist(posyandu.PosyanduId, posyandu.Name, posyandu.RegionCode, day, waiting
                .Select(a => new Household(a.HouseholdId, a.Id, a.AssessedOn, a.Reasons, a.FloorAreaM2, a.Occupants, a.AreaPerPersonM2, [.. residents[a.HouseholdId]]))
                .ToList());
        }
    }
}

internal static class ListRtlhWorklistEndpoint
{
    public static void MapListRtlhWorklist(this IEndpointRouteBuilder group) =>
        group.MapGet("/posyandu/{posyanduId:guid}/rtlh", async (Guid posyanduId, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRtlhWorklist(posyanduId, time.Today()), ct)))
            .WithName("ListRtlhWorklist")
            .WithSummary("A Posyandu's RTLH households not in a rehabilitation today, longest-waiting first, with the reasons.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(HousingRules.Readers);
}
