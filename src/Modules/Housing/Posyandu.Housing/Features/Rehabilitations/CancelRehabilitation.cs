namespace Posyandu.Housing.Features.Rehabilitations;

/// <summary>
/// Calls off a rehabilitation in progress (funding withdrawn, land dispute, the family moved…); the house stays RTLH
/// and may enter a new one. The reason stays in the module. Publishes <see cref="RehabilitationCancelled"/>.
/// </summary>
public sealed record CancelRehabilitation(Guid RehabilitationId, DateOnly CancelledOn, string? Reason, DateOnly Today) : ICommand<Rehabilitation>
{
    public sealed record Body(DateOnly CancelledOn, string? Reason);

    internal sealed class Validator : AbstractValidator<CancelRehabilitation>
    {
        public Validator()
        {
            RuleFor(v => v.CancelledOn).NotEqual(default(DateOnly)).WithMessage("cancelledOn is required.");
            RuleFor(v => v.CancelledOn).Must((v, day) => day <= v.Today).WithMessage("cancelledOn cannot be in the future.");
            RuleFor(v => v.Reason).NotEmpty().WithMessage("reason is required.").MaximumLength(500);
        }
    }

    internal sealed class Handler(HousingDbContext db) : IRequestHandler<CancelRehabilitation, Rehabilitation>
    {
        public async Task<Rehabilitation> Handle(CancelRehabilitation request, CancellationToken cancellationToken)
        {
            var works = await db.Rehabilitations.SingleOrDefaultAsync(r => r.Id == request.RehabilitationId, cancellationToken)
                        ?? throw new NotFoundException("Rehabilitation");
            works.Cancel(request.CancelledOn, request.Reason!.Trim());
            db.Publish(new RehabilitationCancelled(
                works.Id, works.HouseholdId, works.PosyanduId, works.RegionCode, works.StartedOn, request.CancelledOn, works.Programme.ToApi(),
                Period.Of(request.CancelledOn).ToString()));
            return works;
        }
    }
}

internal static class CancelRehabilitationEndpoint
{
    public static void MapCancelRehabilitation(this IEndpointRouteBuilder group) =>
        group.MapPost("/rehabilitations/{id:guid}/cancel",
                async (Guid id, CancelRehabilitation.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(RehabilitationDto.From(await mediator.Send(new CancelRehabilitation(id, body.CancelledOn, body.Reason, time.Today()), ct))))
            .WithName("CancelRehabilitation")
            .WithSummary("Cancel a rehabilitation in progress, with the reason; the house stays RTLH.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Housing);
}
