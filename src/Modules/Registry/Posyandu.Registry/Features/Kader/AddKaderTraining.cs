using KaderEntity = Posyandu.Registry.Domain.Kader;
using KaderTraining = Posyandu.Registry.Domain.KaderTraining;

namespace Posyandu.Registry.Features.Kader;

/// <summary>
/// Records a training a kader attended: the topic, the organising OPD (a sector office or DPMD, who each coach
/// the kader of their own SPM services) and the date.
/// </summary>
public sealed record AddKaderTraining(Guid KaderId, string? Topic, string? Organiser, DateOnly Date) : ICommand<KaderEntity>
{
    internal sealed class Validator : AbstractValidator<AddKaderTraining>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(t => t.Topic).NotEmpty().MaximumLength(200);
            RuleFor(t => t.Organiser).Must(o => o == Roles.Dpmd || RegistryRules.Sectors.Contains(o!))
                .WithMessage($"organiser is dpmd or a sector OPD: {string.Join(", ", RegistryRules.Sectors)}.");
            RuleFor(t => t.Date).Must(d => d <= time.Today().AddDays(1)).WithMessage("date cannot be in the future.");
        }
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<AddKaderTraining, KaderEntity>
    {
        public async Task<KaderEntity> Handle(AddKaderTraining request, CancellationToken cancellationToken)
        {
            var kader = await db.Kader.SingleOrDefaultAsync(k => k.Id == request.KaderId, cancellationToken) ?? throw new NotFoundException("Kader");
            kader.Trainings.Add(new KaderTraining { Topic = request.Topic!.Trim(), Organiser = request.Organiser!, Date = request.Date });
            return kader;
        }
    }
}

internal static class AddKaderTrainingEndpoint
{
    public static void MapAddKaderTraining(this IEndpointRouteBuilder kader) =>
        kader.MapPost("/{id:guid}/trainings", async (Guid id, TrainingDto training, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                // Mapped after the unit of work saved: the new training moved the kader's version (a new ETag).
                var saved = await mediator.Send(new AddKaderTraining(id, training.Topic, training.Organiser, training.Date), ct);
                response.SetETag(saved);
                return TypedResults.Ok(KaderDto.From(saved));
            })
            .WithName("AddKaderTraining")
            .WithSummary("Record a training the kader attended.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Dpmd);
}
