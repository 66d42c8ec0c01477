namespace Posyandu.Social.Features.Ppks;

/// <summary>
/// A Posyandu's PPKS register: its cases, open ones first (newest identification first), optionally of one status.
/// A kader sees the cases they recorded.
/// </summary>
public sealed record ListPpksCases(Guid PosyanduId, PpksStatus? Status) : IQuery<IReadOnlyList<ListPpksCases.Item>>
{
    public sealed record Item(
        Guid Id, string Type, string TypeName, Guid? ResidentId, string? ResidentName, Guid HouseholdId, DateOnly IdentifiedOn, PpksSource Source,
        PpksStatus Status);

    internal sealed class Handler(SocialDbContext db, ICurrentUser user) : IRequestHandler<ListPpksCases, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(ListPpksCases request, CancellationToken cancellationToken)
        {
            if (!await db.Posyandu.AnyAsync(p => p.PosyanduId == request.PosyanduId, cancellationToken))
            {
                throw new NotFoundException("Posyandu");
            }

            var query = db.PpksCases.AsNoTracking().Where(c => c.PosyanduId == request.PosyanduId);
            if (request.Status is { } status)
            {
                query = query.Where(c => c.Status == status);
            }

            if (user.SeesOwnRecordsOnly())
            {
                var me = user.Id;
                query = query.Where(c => c.RecordedBy == me);
            }

            var cases = await query.ToListAsync(cancellationToken);
            var ids = cases.Where(c => c.ResidentId != null).Select(c => c.ResidentId!.Value).Distinct().ToList();
            var names = await db.Residents.IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.ResidentId))
                .ToDictionaryAsync(r => r.ResidentId, r => r.Name, cancellationToken);
            return cases.OrderBy(c => c.Status == PpksStatus.Closed).ThenByDescending(c => c.IdentifiedOn).ThenBy(c => c.Id)
                .Select(c => new Item(
                    c.Id, c.Type, SocialCatalogue.Current.Type(c.Type)?.Name ?? c.Type, c.ResidentId,
                    c.ResidentId is { } r ? names.GetValueOrDefault(r) : null, c.HouseholdId, c.IdentifiedOn, c.Source, c.Status))
                .ToList();
        }
    }
}

internal static class ListPpksCasesEndpoint
{
    public static void MapListPpksCases(this IEndpointRouteBuilder group) =>
        group.MapGet("/posyandu/{posyanduId:guid}/ppks", async (Guid posyanduId, string? status, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPpksCases(posyanduId, Fields.Enum<PpksStatus>(status, "status")), ct)))
            .WithName("ListPpksCases")
            .WithSummary("A Posyandu's PPKS register (open cases first), optionally of one status; a kader sees the cases they recorded.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Social, Roles.Dpmd);
}
