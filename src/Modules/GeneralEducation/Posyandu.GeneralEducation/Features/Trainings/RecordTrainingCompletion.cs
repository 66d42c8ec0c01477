using Posyandu.GeneralEducation.Features.Spm;

namespace Posyandu.GeneralEducation.Features.Trainings;

/// <summary>Records whether a participant completed the training (or dropped out), and when: not before it started, not in the future.</summary>
public sealed record RecordTrainingCompletion(Guid TrainingId, Guid ResidentId, RecordTrainingCompletion.Body Completion, DateOnly Today) : ICommand<Training>
{
    public sealed record Body(bool Completed, DateOnly On);

    internal sealed class Validator : AbstractValidator<RecordTrainingCompletion>
    {
        public Validator()
        {
            RuleFor(v => v.Completion.On).NotEqual(default(DateOnly)).OverridePropertyName("on").WithMessage("on is required.");
            RuleFor(v => v.Completion.On).MustBeRecordDate().OverridePropertyName("on");
            RuleFor(v => v.Completion.On).Must((v, day) => day <= v.Today).OverridePropertyName("on").WithMessage("on cannot be in the future.");
        }
    }

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<RecordTrainingCompletion, Training>
    {
        public async Task<Training> Handle(RecordTrainingCompletion request, CancellationToken cancellationToken)
        {
            var training = await db.TrainingAsync(request.TrainingId, cancellationToken);
            var trainee = training.RecordCompletion(request.ResidentId, request.Completion.Completed, request.Completion.On);
            db.Report(GeneralEducationContributions.Of(trainee));
            return training;
        }
    }
}

internal static class RecordTrainingCompletionEndpoint
{
    public static void MapRecordTrainingCompletion(this IEndpointRouteBuilder group) =>
        group.MapPost("/trainings/{id:guid}/participants/{residentId:guid}/completion",
                async (Guid id, Guid residentId, RecordTrainingCompletion.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(TrainingDto.From(await mediator.Send(new RecordTrainingCompletion(id, residentId, body, time.Today()), ct))))
            .WithName("RecordGeneralEducationTrainingCompletion")
            .WithSummary("Record that a participant completed a skills training (or dropped out).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.GeneralEducation);
}
