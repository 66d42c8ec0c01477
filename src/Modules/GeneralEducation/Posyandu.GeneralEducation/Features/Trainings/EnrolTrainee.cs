namespace Posyandu.GeneralEducation.Features.Trainings;

/// <summary>Enrols a registered resident in a training (a resident from outside the Posyandu's area too); once (409).</summary>
public sealed record EnrolTrainee(Guid TrainingId, EnrolTrainee.Body Trainee) : ICommand<Training>
{
    public sealed record Body(Guid ResidentId);

    internal sealed class Validator : AbstractValidator<EnrolTrainee>
    {
        public Validator() => RuleFor(v => v.Trainee.ResidentId).NotEmpty().OverridePropertyName("residentId");
    }

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<EnrolTrainee, Training>
    {
        public async Task<Training> Handle(EnrolTrainee request, CancellationToken cancellationToken)
        {
            var training = await db.TrainingAsync(request.TrainingId, cancellationToken);
            var resident = await db.AnyResidentAsync(request.Trainee.ResidentId, cancellationToken);
            if (!resident.Alive)
            {
                throw new BusinessRuleException("The resident is registered as deceased.");
            }

            // Added explicitly: a new row with its key already set would otherwise be taken for an existing one.
            db.Trainees.Add(training.Enrol(resident.ResidentId, resident.PosyanduId, resident.RegionCode));
            return training;
        }
    }
}

internal static class EnrolTraineeEndpoint
{
    public static void MapEnrolTrainee(this IEndpointRouteBuilder group) =>
        group.MapPost("/trainings/{id:guid}/participants",
                async (Guid id, EnrolTrainee.Body body, IMediator mediator, CancellationToken ct) =>
                {
                    var training = await mediator.Send(new EnrolTrainee(id, body), ct);
                    return TypedResults.Created($"/api/generaleducation/trainings/{training.Id}", TrainingDto.From(training));
                })
            .WithName("EnrolGeneralEducationTrainee")
            .WithSummary("Enrol a registered resident in a skills training.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.GeneralEducation);
}

internal static class TrainingLookups
{
    /// <summary>The training with its participants — 404 when unknown or outside the caller's scope.</summary>
    public static async Task<Training> TrainingAsync(this GeneralEducationDbContext db, Guid id, CancellationToken ct) =>
        await db.Trainings.Include(t => t.Trainees).SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException("Training");
}
