using Posyandu.GeneralEducation.Catalogue;

namespace Posyandu.GeneralEducation.Features.Trainings;

/// <summary>Records a skills training (pelatihan keterampilan) for a Posyandu: the course, its catalogue topic, the organising OPD and its days.</summary>
public sealed record StartTraining(Guid PosyanduId, StartTraining.Body Training) : ICommand<Training>
{
    public sealed record Body(string? Course, string? Topic, string? OrganiserRole, DateOnly StartDate, DateOnly? EndDate);

    internal sealed class Validator : AbstractValidator<StartTraining>
    {
        public Validator()
        {
            RuleFor(v => v.Training.Course).NotEmpty().MaximumLength(200).OverridePropertyName("course");
            RuleFor(v => v.Training.Topic).Must(code => TopicCatalogue.Current.Find(code) is { Active: true, Sector: GeneralEducationRules.KeterampilanTag })
                .OverridePropertyName("topic").WithMessage("topic must be a topic of the catalogue's keterampilan tag.");
            RuleFor(v => v.Training.OrganiserRole).Must(role => role is not null && Roles.Sectors.Contains(role)).OverridePropertyName("organiserRole")
                .WithMessage($"organiserRole must be one of: {string.Join(", ", Roles.Sectors)}.");
            RuleFor(v => v.Training.StartDate).NotEqual(default(DateOnly)).OverridePropertyName("startDate").WithMessage("startDate is required.");
            RuleFor(v => v.Training.StartDate).MustBeRecordDate().OverridePropertyName("startDate");
            RuleFor(v => v.Training.EndDate).MustBeRecordDate().OverridePropertyName("endDate");
            RuleFor(v => v.Training.EndDate).Must((v, end) => end is null || end >= v.Training.StartDate).OverridePropertyName("endDate")
                .WithMessage("endDate cannot be before startDate.");
        }
    }

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<StartTraining, Training>
    {
        public async Task<Training> Handle(StartTraining request, CancellationToken cancellationToken)
        {
            var site = await db.ActivePosyanduAsync(request.PosyanduId, cancellationToken);
            var body = request.Training;
            var training = Domain.Training.Start(site.PosyanduId, site.RegionCode, body.Course!.Trim(), body.Topic!, body.OrganiserRole!, body.StartDate, body.EndDate);
            db.Trainings.Add(training);
            return training;
        }
    }
}

internal static class StartTrainingEndpoint
{
    public static void MapStartTraining(this IEndpointRouteBuilder group) =>
        group.MapPost("/posyandu/{posyanduId:guid}/trainings",
                async (Guid posyanduId, StartTraining.Body body, IMediator mediator, CancellationToken ct) =>
                {
                    var training = await mediator.Send(new StartTraining(posyanduId, body), ct);
                    return TypedResults.Created($"/api/generaleducation/trainings/{training.Id}", TrainingDto.From(training));
                })
            .WithName("StartGeneralEducationTraining")
            .WithSummary("Record a skills training for a Posyandu's residents: course, keterampilan topic, organising OPD, days.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.GeneralEducation);
}
