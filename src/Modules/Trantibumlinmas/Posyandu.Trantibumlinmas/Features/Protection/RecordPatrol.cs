namespace Posyandu.Trantibumlinmas.Features.Protection;

/// <summary>Records (or corrects) a poskamling's ronda in a month: nights patrolled and residents taking part (siskamling).</summary>
public sealed record RecordPatrol(Guid PoskamlingId, string Period, RecordPatrol.Body Patrol) : ICommand<PatrolDto>
{
    public sealed record Body(int? Nights, int? Participants);

    internal sealed class Validator : AbstractValidator<RecordPatrol>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Period).Must(p => SharedKernel.Domain.Period.TryParse(p, out var month, out _) && month >= new SharedKernel.Domain.Period(1900, 1)
                                             && month <= SharedKernel.Domain.Period.Of(time.Today()))
                .WithMessage("period is a month (yyyy-MM), not after this one.");
            RuleFor(v => v.Patrol.Nights).NotNull().InclusiveBetween(0, 31).OverridePropertyName("nights");
            RuleFor(v => v.Patrol.Participants).NotNull().InclusiveBetween(0, 10_000).OverridePropertyName("participants");
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db) : IRequestHandler<RecordPatrol, PatrolDto>
    {
        public async Task<PatrolDto> Handle(RecordPatrol request, CancellationToken cancellationToken)
        {
            var post = await db.Poskamling.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PoskamlingId, cancellationToken) ?? throw new NotFoundException("Poskamling");
            var month = SharedKernel.Domain.Period.Parse(request.Period);
            if (request.Patrol.Nights > month.LastDay.Day)
            {
                throw RequestValidationException.For("nights", $"{month} has {month.LastDay.Day} nights.");
            }

            var period = month.ToString();
            var patrol = await db.Patrols.SingleOrDefaultAsync(p => p.PoskamlingId == post.Id && p.Period == period, cancellationToken);
            if (patrol is null)
            {
                patrol = new PatrolMonth { Id = Guid.CreateVersion7(), PoskamlingId = post.Id, RegionCode = post.RegionCode, Period = period };
                db.Patrols.Add(patrol);
            }

            (patrol.Nights, patrol.Participants) = (request.Patrol.Nights!.Value, request.Patrol.Participants!.Value);
            return PatrolDto.From(patrol);
        }
    }
}

internal static class RecordPatrolEndpoint
{
    public static void MapRecordPatrol(this IEndpointRouteBuilder group) =>
        group.MapPut("/poskamling/{id:guid}/patrols/{period}", async (Guid id, string period, RecordPatrol.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordPatrol(id, period, body), ct)))
            .WithName("RecordPatrol")
            .WithSummary("Record or correct a poskamling's ronda in a month (yyyy-MM): nights patrolled, residents taking part.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa)
            .VillageWide();
}
