namespace Posyandu.Social.Features.Ppks;

/// <summary>One PPKS case with its history; the read is audited. A kader sees only the cases they recorded (404 otherwise).</summary>
public sealed record GetPpksCase(Guid Id) : IQuery<PpksCaseDto>
{
    internal sealed class Handler(SocialDbContext db, ICurrentUser user) : IRequestHandler<GetPpksCase, PpksCaseDto>
    {
        public async Task<PpksCaseDto> Handle(GetPpksCase request, CancellationToken cancellationToken)
        {
            var ppks = await db.PpksCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken);
            if (ppks is null || !user.MaySeeDetails(ppks.RecordedBy))
            {
                throw new NotFoundException("PPKS case");
            }

            await db.RecordReadAsync("PpksCase", ppks.Id.ToString(), ppks.RegionCode, cancellationToken);
            var history = await db.PpksStatusChanges.AsNoTracking().Where(h => h.CaseId == ppks.Id).ToListAsync(cancellationToken);
            var name = ppks.ResidentId is { } id ? await db.Residents.IgnoreQueryFilters().Where(r => r.ResidentId == id).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken) : null;
            return PpksCaseDto.From(ppks, name, history);
        }
    }
}

internal static class GetPpksCaseEndpoint
{
    public static void MapGetPpksCase(this IEndpointRouteBuilder group) =>
        group.MapGet("/ppks/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetPpksCase(id), ct)))
            .WithName("GetPpksCase")
            .WithSummary("One PPKS case with its steps (Dinas Sosial, DPMD, and the kader who recorded it).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Social, Roles.Dpmd);
}
