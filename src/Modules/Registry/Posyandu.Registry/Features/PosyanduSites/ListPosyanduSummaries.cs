namespace Posyandu.Registry.Features.PosyanduSites;

/// <summary>
/// The village's Posyandu for the village government's page: each with how many pengurus are in office today and how
/// many active kader serve it — counts only, no names or phone numbers (the village's work needs the picture, not the
/// people; UU 27/2022). The counts are not small-cell suppressed (SmallCellPolicy): they count office-holders whom the
/// village itself appoints and whom every role allowed here can already list by name (<c>GET /api/registry/kader</c>,
/// the Posyandu's pengurus) — not residents with a characteristic — so withholding them would hide nothing.
/// </summary>
public sealed record ListPosyanduSummaries(string? Region) : IQuery<IReadOnlyList<ListPosyanduSummaries.Summary>>
{
    public sealed record Summary(
        Guid Id, string Name, string RegionCode, string RegistrationNumber, int ServiceDay, string? Strata, bool Active,
        int PengurusCount, int KaderCount);

    internal sealed class Handler(RegistryDbContext db, TimeProvider clock) : IRequestHandler<ListPosyanduSummaries, IReadOnlyList<Summary>>
    {
        public async Task<IReadOnlyList<Summary>> Handle(ListPosyanduSummaries request, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var posyandu = db.Posyandu.AsNoTracking();
            var kader = db.Kader.AsNoTracking().Where(k => k.Active);
            if (request.Region is { } region)
            {
                var code = Fields.Parse<RegionCode>(region, "region").ToString();
                posyandu = posyandu.Where(p => p.RegionCode.StartsWith(code));
                kader = kader.Where(k => k.RegionCode.StartsWith(code));
            }

            var sites = await posyandu.OrderBy(p => p.RegistrationNumber).Take(500).ToListAsync(cancellationToken);
            var ids = sites.Select(p => p.Id).ToList();
            var kaderCounts = await kader.Where(k => ids.Contains(k.PosyanduId)).GroupBy(k => k.PosyanduId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            return sites.Select(p => new Summary(
                p.Id, p.Name, p.RegionCode, p.RegistrationNumber, p.ServiceDay, p.Strata, p.Active,
                p.Pengurus.Count(x => x.TermStart <= today && (x.TermEnd is null || x.TermEnd >= today)),
                kaderCounts.GetValueOrDefault(p.Id))).ToList();
        }
    }
}

internal static class ListPosyanduSummariesEndpoint
{
    public static void MapListPosyanduSummaries(this IEndpointRouteBuilder posyandu) =>
        posyandu.MapGet("/summaries", async (string? region, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPosyanduSummaries(region), ct)))
            .WithName("ListPosyanduSummaries")
            .WithSummary("The Posyandu in a region (default: all the caller may see) with their pengurus and kader counts — no names: the village government's view.")
            .ProducesValidationProblem()
            .RequireRoles([Roles.Desa, .. RegistryRules.Readers]);
}
