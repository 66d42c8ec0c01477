namespace Posyandu.Trantibumlinmas.Features.Protection;

/// <summary>
/// A village's community protection assets: its linmas members (resident ids), poskamling with status and last check,
/// fire and early-warning equipment with last check (and whether a check is due), and the last twelve months of ronda.
/// </summary>
public sealed record GetProtection(string Village) : IQuery<GetProtection.Result>
{
    public sealed record Result(
        string RegionCode, IReadOnlyList<LinmasMemberDto> LinmasMembers, IReadOnlyList<PoskamlingDto> Poskamling,
        IReadOnlyList<EquipmentDto> Equipment, IReadOnlyList<PatrolDto> Patrols);

    internal sealed class Handler(TrantibumlinmasDbContext db, TimeProvider time) : IRequestHandler<GetProtection, Result>
    {
        public async Task<Result> Handle(GetProtection request, CancellationToken cancellationToken)
        {
            var (village, _) = await db.VillageAsync(request.Village, cancellationToken);
            var today = time.Today();
            var members = await db.LinmasMembers.AsNoTracking().Where(m => m.RegionCode == village).OrderBy(m => m.JoinedOn).ToListAsync(cancellationToken);
            var posts = await db.Poskamling.AsNoTracking().Where(p => p.RegionCode == village).OrderBy(p => p.Name).ToListAsync(cancellationToken);
            var equipment = await db.Equipment.AsNoTracking().Where(e => e.RegionCode == village).OrderBy(e => e.Kind).ThenBy(e => e.Location).ToListAsync(cancellationToken);
            var months = Enumerable.Range(0, 12).Select(n => SharedKernel.Domain.Period.Of(today).AddMonths(-n).ToString()).ToList();
            var patrols = await db.Patrols.AsNoTracking().Where(p => p.RegionCode == village && months.Contains(p.Period))
                .OrderByDescending(p => p.Period).ToListAsync(cancellationToken);
            return new Result(village, [.. members.Select(LinmasMemberDto.From)], [.. posts.Select(PoskamlingDto.From)],
                [.. equipment.Select(e => EquipmentDto.From(e, today))], [.. patrols.Select(PatrolDto.From)]);
        }
    }
}

internal static class GetProtectionEndpoint
{
    public static void MapGetProtection(this IEndpointRouteBuilder group) =>
        group.MapGet("/villages/{village}/protection", async (string village, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetProtection(village), ct)))
            .WithName("GetVillageProtection")
            .WithSummary("A village's community protection: linmas members, poskamling (status, last check), APAR and detection equipment (last check, check due), ronda of the last 12 months.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Trantibumlinmas, Roles.Dpmd, Roles.Desa)
            .VillageWide();
}
