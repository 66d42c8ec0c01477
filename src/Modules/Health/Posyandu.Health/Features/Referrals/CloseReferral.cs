namespace Posyandu.Health.Features.Referrals;

/// <summary>
/// Closes a referral with its outcome, from open (e.g. the person never went) or arrived; closing twice is a 409.
/// <see cref="ReferralClosed"/> tells the DPMD report.
/// </summary>
public sealed record CloseReferral(Guid ReferralId, DateOnly ClosedOn, ReferralOutcome? Outcome, string? Note) : ICommand<Referral>
{
    /// <param name="ClosedOn">Default: today (WITA).</param>
    public sealed record Body(DateOnly? ClosedOn, ReferralOutcome? Outcome, string? Note);

    internal sealed class Validator : AbstractValidator<CloseReferral>
    {
        public Validator(TimeProvider time)
        {
            this.NotInFuture(v => v.ClosedOn, time);
            RuleFor(v => v.Outcome).NotNull().IsInEnum();
            RuleFor(v => v.Note).MaximumLength(500);
        }
    }

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<CloseReferral, Referral>
    {
        public async Task<Referral> Handle(CloseReferral request, CancellationToken cancellationToken)
        {
            var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == request.ReferralId, cancellationToken)
                           ?? throw new NotFoundException("Referral");
            referral.Close(request.ClosedOn, request.Outcome!.Value, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim());
            db.Publish(new ReferralClosed(
                referral.Id, referral.PosyanduId, referral.RegionCode, request.Outcome.Value.ToApi(), referral.ArrivedOn is not null,
                request.ClosedOn, Period.Of(request.ClosedOn).ToString()));
            return referral;
        }
    }
}

internal static class CloseReferralEndpoint
{
    public static void MapCloseReferral(this IEndpointRouteBuilder group) =>
        group.MapPost("/referrals/{referralId:guid}/close", async (Guid referralId, CloseReferral.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(ReferralDto.From(await mediator.Send(new CloseReferral(referralId, body.ClosedOn ?? time.Today(), body.Outcome, body.Note), ct))))
            .WithName("CloseReferral")
            .WithSummary("Close a referral with its outcome (treated, referred onward, not attended, other).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
