namespace Posyandu.Health.Features.Referrals;

/// <summary>The puskesmas received the referred person (diterima puskesmas): open → arrived; otherwise 409.</summary>
public sealed record RecordReferralArrival(Guid ReferralId, DateOnly ArrivedOn) : ICommand<Referral>
{
    /// <param name="ArrivedOn">Default: today (WITA).</param>
    public sealed record Body(DateOnly? ArrivedOn);

    internal sealed class Validator : AbstractValidator<RecordReferralArrival>
    {
        public Validator(TimeProvider time) => this.NotInFuture(v => v.ArrivedOn, time);
    }

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<RecordReferralArrival, Referral>
    {
        public async Task<Referral> Handle(RecordReferralArrival request, CancellationToken cancellationToken)
        {
            var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == request.ReferralId, cancellationToken)
                           ?? throw new NotFoundException("Referral");
            referral.MarkArrived(request.ArrivedOn);
            return referral;
        }
    }
}

internal static class RecordReferralArrivalEndpoint
{
    public static void MapRecordReferralArrival(this IEndpointRouteBuilder group) =>
        group.MapPost("/referrals/{referralId:guid}/arrival", async (Guid referralId, RecordReferralArrival.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(ReferralDto.From(await mediator.Send(new RecordReferralArrival(referralId, body.ArrivedOn ?? time.Today()), ct))))
            .WithName("RecordReferralArrival")
            .WithSummary("Record that the puskesmas received the referred person (open → arrived).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
