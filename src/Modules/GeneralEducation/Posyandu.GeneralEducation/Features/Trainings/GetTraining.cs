namespace Posyandu.GeneralEducation.Features.Trainings;

/// <summary>A skills training with its participants, completions and follow-ups.</summary>
public sealed record GetTraining(Guid Id) : IQuery<TrainingDto>
{
    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<GetTraining, TrainingDto>
    {
        public async Task<TrainingDto> Handle(GetTraining request, CancellationToken cancellationToken) =>
            TrainingDto.From(await db.Trainings.AsNoTracking().Include(t => t.Trainees).SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
                             ?? throw new NotFoundException("Training"));
    }
}

internal static class GetTrainingEndpoint
{
    public static void MapGetTraining(this IEndpointRouteBuilder group) =>
        group.MapGet("/trainings/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetTraining(id), ct)))
            .WithName("GetGeneralEducationTraining")
            .WithSummary("A skills training with its participants, completions and follow-ups.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(GeneralEducationRules.Readers);
}
