namespace Posyandu.Health.Features.Pregnancy;

/// <summary>A pregnancy with its antenatal checks, oldest first. Reading one woman's record is audited.</summary>
public sealed record GetPregnancy(Guid PregnancyId) : IQuery<GetPregnancy.Result>
{
    public sealed record Result(PregnancyDto Pregnancy, IReadOnlyList<AntenatalCheckDto> Checks);

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<GetPregnancy, Result>
    {
        public async Task<Result> Handle(GetPregnancy request, CancellationToken cancellationToken)
        {
            var pregnancy = await db.Pregnancies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PregnancyId, cancellationToken)
                            ?? throw new NotFoundException("Pregnancy");
            var checks = await db.AntenatalChecks.AsNoTracking().Where(c => c.PregnancyId == pregnancy.Id)
                .OrderBy(c => c.CheckedOn).ToListAsync(cancellationToken);
            await db.RecordReadAsync(nameof(LifeCycle.Pregnancy), pregnancy.Id.ToString(), pregnancy.RegionCode, cancellationToken);
            return new Result(PregnancyDto.From(pregnancy), [.. checks.Select(AntenatalCheckDto.From)]);
        }
    }
}

internal static class GetPregnancyEndpoint
{
    public static void MapGetPregnancy(this IEndpointRouteBuilder group) =>
        group.MapGet("/pregnancies/{pregnancyId:guid}", async (Guid pregnancyId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPregnancy(pregnancyId), ct)))
            .WithName("GetPregnancy")
            .WithSummary("A pregnancy with its antenatal checks and risk flags.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Health, Roles.Dpmd);
}
