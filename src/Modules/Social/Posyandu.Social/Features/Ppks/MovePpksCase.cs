using Posyandu.Social.Features.Spm;

namespace Posyandu.Social.Features.Ppks;

/// <summary>
/// Moves a PPKS case one step: identified → verified → served → closed (identified or verified may also close, e.g.
/// not confirmed). 409 lists the allowed steps. Publishes <see cref="PpksStatusChanged"/> and the SPM contributions.
/// </summary>
public sealed record MovePpksCase(Guid CaseId, MovePpksCase.Body Step) : ICommand<PpksCaseDto>
{
    public sealed record Body(PpksStatus? To, DateOnly On, string? Note);

    internal sealed class Validator : AbstractValidator<MovePpksCase>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Step.To).NotNull().WithMessage(ApiNames.OneOf<PpksStatus>("to"))
                .NotEqual(PpksStatus.Identified).WithMessage("to is verified, served or closed.").OverridePropertyName("to");
            RuleFor(v => v.Step.On).RecordDay("on", time).OverridePropertyName("on");
            RuleFor(v => v.Step.Note).MaximumLength(1000).OverridePropertyName("note");
        }
    }

    internal sealed class Handler(SocialDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<MovePpksCase, PpksCaseDto>
    {
        public async Task<PpksCaseDto> Handle(MovePpksCase request, CancellationToken cancellationToken)
        {
            var ppks = await db.PpksCases.SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken);
            if (ppks is null || !user.MaySeeDetails(ppks.RecordedBy))
            {
                throw new NotFoundException("PPKS case");
            }

            var from = ppks.Status;
            var step = ppks.MoveTo(request.Step.To!.Value, request.Step.On, request.Step.Note.Clean(), user.Id, time.GetUtcNow().UtcDateTime);
            db.PpksStatusChanges.Add(step);
            db.Publish(new PpksStatusChanged(
                ppks.Id, ppks.HouseholdId, ppks.PosyanduId, ppks.RegionCode, ppks.Type, from.ToApi(), step.To.ToApi(), step.On, Period.Of(step.On).ToString()));
            await db.ReportCaseAsync(ppks, cancellationToken);
            var history = await db.PpksStatusChanges.AsNoTracking().Where(h => h.CaseId == ppks.Id).ToListAsync(cancellationToken);
            var name = ppks.ResidentId is { } id ? await db.Residents.IgnoreQueryFilters().Where(r => r.ResidentId == id).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken) : null;
            return PpksCaseDto.From(ppks, name, [.. history, step]);
        }
    }
}

internal static class MovePpksCaseEndpoint
{
    public static void MapMovePpksCase(this IEndpointRouteBuilder group) =>
        group.MapPost("/ppks/{id:guid}/steps", async (Guid id, MovePpksCase.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MovePpksCase(id, body), ct)))
            .WithName("MovePpksCase")
            .WithSummary("Move a PPKS case on one step (verified, served, closed) with its day and note; 409 lists the steps allowed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Social);
}
