namespace Posyandu.GeneralEducation.Features.Trainings;

/// <summary>Records, at a later visit, what a participant who completed a training did with it (started a business, a home garden…).</summary>
public sealed record RecordTrainingFollowUp(Guid TrainingId, Guid ResidentId, RecordTrainingFollowUp.Body FollowUp, DateOnly Today) : ICommand<Training>
{
    public sealed record Body(TrainingFollowUp? Outcome, DateOnly On, string? Note);

    internal sealed class Validator : AbstractValidator<RecordTrainingFollowUp>
    {
        public Validator()
        {
            RuleFor(v => v.FollowUp.Outcome).NotNull().OverridePropertyName("outcome").WithMessage(ApiNames.OneOf<TrainingFollowUp>("outcome"));
            RuleFor(v => v.FollowUp.On).NotEqual(default(DateOnly)).OverridePropertyName("on").WithMessage("on is required.");
            RuleFor(v => v.FollowUp.On).MustBeRecordDate().OverridePropertyName("on");
            RuleFor(v => v.FollowUp.On).Must((v, day) => day <= v.Today).OverridePropertyName("on").WithMessage("on cannot be in the future.");
            RuleFor(v => v.FollowUp.Note).MaximumLength(500).OverridePropertyName("note");
        }
    }

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<RecordTrainingFollowUp, Training>
    {
        public async Task<Training> Handle(RecordTrainingFollowUp request, CancellationToken cancellationToken)
        {
            var training = await db.TrainingAsync(request.TrainingId, cancellationToken);
            training.RecordFollowUp(request.ResidentId, request.FollowUp.Outcome!.Value, request.FollowUp.On, request.FollowUp.Note?.Trim());
            return training;
        }
    }
}

internal static class RecordTrainingFollowUpEndpoint
{
    public static void MapRecordTrainingFollowUp(this IEndpointRouteBuilder group) =>
        group.MapPost("/trainings/{id:guid}/participants/{residentId:guid}/follow-up",
                async (Guid id, Guid residentId, RecordTrainingFollowUp.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(TrainingDto.From(await mediator.Send(new RecordTrainingFollowUp(id, residentId, body, time.Today()), ct))))
            .WithName("RecordGeneralEducationTrainingFollowUp")
            .WithSummary("Record the follow-up of a participant who completed a skills training (business started, home garden, …).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.GeneralEducation);
}
