namespace Posyandu.Health.Features.Pregnancy;

/// <summary>Ends a pregnancy with its outcome (birth, miscarriage, other); closing it again is a 409.</summary>
public sealed record ClosePregnancy(Guid PregnancyId, PregnancyOutcome? Outcome, DateOnly? EndedOn) : ICommand<LifeCycle.Pregnancy>
{
    public sealed record Body(PregnancyOutcome? Outcome, DateOnly? EndedOn);

    internal sealed class Validator : AbstractValidator<ClosePregnancy>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Outcome).NotNull().IsInEnum();
            RuleFor(v => v.EndedOn).NotNull();
            RuleFor(v => v.EndedOn).Must(d => d <= time.Today()).When(v => v.EndedOn is not null).WithMessage("endedOn cannot be in the future.");
        }
    }

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<ClosePregnancy, LifeCycle.Pregnancy>
    {
        public async Task<LifeCycle.Pregnancy> Handle(ClosePregnancy request, CancellationToken cancellationToken)
        {
            var pregnancy = await db.Pregnancies.SingleOrDefaultAsync(p => p.Id == request.PregnancyId, cancellationToken)
                            ?? throw new NotFoundException("Pregnancy");
            pregnancy.Close(request.Outcome!.Value, request.EndedOn!.Value);
            db.Publish(new PregnancyClosed(
                pregnancy.Id, pregnancy.ResidentId, pregnancy.PosyanduId, pregnancy.RegionCode, request.Outcome.Value.ToApi(),
                request.EndedOn.Value, Period.Of(request.EndedOn.Value).ToString()));
            return pregnancy;
        }
    }
}

internal static class ClosePregnancyEndpoint
{
    public static void MapClosePregnancy(this IEndpointRouteBuilder group) =>
        group.MapPost("/pregnancies/{pregnancyId:guid}/close", async (Guid pregnancyId, ClosePregnancy.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(PregnancyDto.From(await mediator.Send(new ClosePregnancy(pregnancyId, body.Outcome, body.EndedOn), ct))))
            .WithName("ClosePregnancy")
            .WithSummary("Close a pregnancy with its outcome (birth, miscarriage, other).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
