namespace Posyandu.Health.Features.Referrals;

/// <summary>
/// The kader's follow-up worklist: a Posyandu's referrals not yet closed (open or arrived), oldest first, with the
/// resident's name so the kader knows whom to visit — never the NIK, which Health does not hold.
/// </summary>
public sealed record ListOpenReferrals(Guid PosyanduId) : IQuery<IReadOnlyList<ListOpenReferrals.Item>>
{
    public sealed record Item(
        Guid Id, Guid ResidentId, string Name, ReferralReason ReasonCode, string Reason, string Facility, DateOnly IssuedOn,
        ReferralStatus Status, DateOnly? ArrivedOn);

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<ListOpenReferrals, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(ListOpenReferrals request, CancellationToken cancellationToken) =>
            await db.Referrals.AsNoTracking()
                .Where(r => r.PosyanduId == request.PosyanduId && r.Status != ReferralStatus.Closed)
                .Join(db.Residents, r => r.ResidentId, p => p.ResidentId, (r, p) => new { r, p.Name })
                .OrderBy(x => x.r.IssuedOn).ThenBy(x => x.Name)
                .Select(x => new Item(x.r.Id, x.r.ResidentId, x.Name, x.r.ReasonCode, x.r.Reason, x.r.Facility, x.r.IssuedOn, x.r.Status, x.r.ArrivedOn))
                .Take(2000)
                .ToListAsync(cancellationToken);
    }
}

internal static class ListOpenReferralsEndpoint
{
    public static void MapListOpenReferrals(this IEndpointRouteBuilder group) =>
        group.MapGet("/posyandu/{posyanduId:guid}/referrals/open", async (Guid posyanduId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListOpenReferrals(posyanduId), ct)))
            .WithName("ListOpenReferrals")
            .WithSummary("A Posyandu's referrals still to follow up (open or arrived), with the resident's name — no NIK.")
            .Produces<IReadOnlyList<ListOpenReferrals.Item>>()
            .RequireSectorReaders(Roles.Health, Roles.Dpmd);
}
