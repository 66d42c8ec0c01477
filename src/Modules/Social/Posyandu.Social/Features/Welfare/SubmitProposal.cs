namespace Posyandu.Social.Features.Welfare;

/// <summary>
/// Submits a proposal (usulan) for a household to the next village data-update round: add it to DTSEN, update its
/// data, or propose it for a programme. Publishes <see cref="ProposalSubmitted"/>.
/// </summary>
public sealed record SubmitProposal(Guid HouseholdId, SubmitProposal.Body Proposal) : ICommand<ProposalDto>
{
    public sealed record Body(ProposalKind? Kind, string? Programme, DateOnly SubmittedOn, string? Reason);

    internal sealed class Validator : AbstractValidator<SubmitProposal>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Proposal.Kind).NotNull().WithMessage(ApiNames.OneOf<ProposalKind>("kind")).OverridePropertyName("kind");
            RuleFor(v => v.Proposal.Programme).Must(SocialCatalogue.Current.IsProgramme).When(v => v.Proposal.Kind == ProposalKind.Programme)
                .WithMessage(SocialCatalogue.Current.OneOfProgrammes("programme")).OverridePropertyName("programme");
            RuleFor(v => v.Proposal.Programme).Null().When(v => v.Proposal.Kind != ProposalKind.Programme)
                .WithMessage("programme is given only for kind programme.").OverridePropertyName("programme");
            RuleFor(v => v.Proposal.SubmittedOn).RecordDay("submittedOn", time).OverridePropertyName("submittedOn");
            RuleFor(v => v.Proposal.Reason).MaximumLength(Domain.Proposal.MaxText).OverridePropertyName("reason");
        }
    }

    internal sealed class Handler(SocialDbContext db) : IRequestHandler<SubmitProposal, ProposalDto>
    {
        public async Task<ProposalDto> Handle(SubmitProposal request, CancellationToken cancellationToken)
        {
            var household = await db.HouseholdAsync(request.HouseholdId, cancellationToken);
            var body = request.Proposal;
            var proposal = new Proposal
            {
                Id = Guid.CreateVersion7(), HouseholdId = household.HouseholdId, PosyanduId = household.PosyanduId, RegionCode = household.RegionCode,
                Kind = body.Kind!.Value, Programme = body.Programme, SubmittedOn = body.SubmittedOn, Reason = body.Reason.Clean(),
            };
            db.Proposals.Add(proposal);
            db.Publish(new ProposalSubmitted(
                proposal.Id, proposal.HouseholdId, proposal.PosyanduId, proposal.RegionCode, proposal.Kind.ToApi(), proposal.Programme, proposal.SubmittedOn));
            return ProposalDto.From(proposal);
        }
    }
}

internal static class SubmitProposalEndpoint
{
    public static void MapSubmitProposal(this IEndpointRouteBuilder group) =>
        group.MapPost("/households/{householdId:guid}/proposals", async (Guid householdId, SubmitProposal.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new SubmitProposal(householdId, body), ct);
                return TypedResults.Created($"/api/social/households/{householdId}", created);
            })
            .WithName("SubmitProposal")
            .WithSummary("Submit a proposal (usulan) for a household: addToDtsen, updateData, or programme (with the programme).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Social);
}
