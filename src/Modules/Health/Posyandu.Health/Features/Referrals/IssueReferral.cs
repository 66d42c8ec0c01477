namespace Posyandu.Health.Features.Referrals;

/// <summary>
/// Refers a resident to a puskesmas (rujukan) with a reason code and the kader's own words; the referral stays on
/// the Posyandu's worklist until it is closed. The code must fit the person (growth codes for under-fives, pregnancy
/// codes for a registered ongoing pregnancy), else 422. <see cref="ReferralIssued"/> carries the code, never the free text.
/// </summary>
public sealed record IssueReferral(Guid ResidentId, ReferralReason? ReasonCode, string? Reason, string? Facility, DateOnly IssuedOn) : ICommand<Referral>
{
    /// <param name="IssuedOn">Default: today (WITA).</param>
    public sealed record Body(Guid ResidentId, ReferralReason? ReasonCode, string? Reason, string? Facility, DateOnly? IssuedOn);

    internal sealed class Validator : AbstractValidator<IssueReferral>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.ReasonCode).NotNull().IsInEnum();
            RuleFor(v => v.Reason).NotEmpty().MaximumLength(500);
            RuleFor(v => v.Facility).NotEmpty().MaximumLength(150);
            this.NotInFuture(v => v.IssuedOn, time);
        }
    }

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<IssueReferral, Referral>
    {
        public async Task<Referral> Handle(IssueReferral request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.SingleOrDefaultAsync(r => r.ResidentId == request.ResidentId, cancellationToken)
                           ?? throw new NotFoundException("Resident");
            if (!resident.Alive)
            {
                throw new BusinessRuleException("The resident's death is recorded.");
            }

            await RequireReasonFitsAsync(request.ReasonCode!.Value, resident.ResidentId, resident.AgeYearsOn(request.IssuedOn), cancellationToken);

            var referral = new Referral
            {
                Id = Guid.CreateVersion7(), ResidentId = resident.ResidentId, PosyanduId = resident.PosyanduId, RegionCode = resident.RegionCode,
                ReasonCode = request.ReasonCode!.Value, Reason = request.Reason!.Trim(), Facility = request.Facility!.Trim(), IssuedOn = request.IssuedOn,
            };
            db.Referrals.Add(referral);
            db.Publish(new ReferralIssued(
                referral.Id, resident.ResidentId, resident.PosyanduId, resident.RegionCode, Period.Of(request.IssuedOn).ToString(), request.IssuedOn,
                referral.ReasonCode.ToApi()));
            return referral;
        }

        /// <summary>
        /// A code that cannot be true of this person is a slip of the kader's finger, and would count wrongly in the
        /// report: growth codes (gizi buruk, 2T, BGM — read off the KMS) are for under-fives, pregnancy codes for a
        /// woman with an ongoing pregnancy.
        /// </summary>
        private async Task RequireReasonFitsAsync(ReferralReason reason, Guid residentId, int ageYears, CancellationToken cancellationToken)
        {
            if (reason is ReferralReason.GiziBuruk or ReferralReason.Growth2T or ReferralReason.Bgm && ageYears >= 5)
            {
                throw new BusinessRuleException($"{reason.ToApi()} is a growth-monitoring reason, for children under five.");
            }

            if (reason is ReferralReason.PregnancyKek or ReferralReason.PregnancyAnaemia or ReferralReason.PregnancyHypertension
                && !await db.Pregnancies.AnyAsync(p => p.ResidentId == residentId && p.Outcome == null, cancellationToken))
            {
                throw new BusinessRuleException($"{reason.ToApi()} needs an ongoing pregnancy registered for this woman.");
            }
        }
    }
}

internal static class IssueReferralEndpoint
{
    public static void MapIssueReferral(this IEndpointRouteBuilder group) =>
        group.MapPost("/referrals", async (IssueReferral.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
            {
                var referral = await mediator.Send(
                    new IssueReferral(body.ResidentId, body.ReasonCode, body.Reason, body.Facility, body.IssuedOn ?? time.Today()), ct);
                return TypedResults.Created($"/api/health/referrals/{referral.Id}", ReferralDto.From(referral));
            })
            .WithName("IssueReferral")
            .WithSummary("Refer a resident to a puskesmas (rujukan) with a reason code and note.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
