namespace Posyandu.Social.Features.Welfare;

/// <summary>Records a proposal's outcome (accepted or rejected) once the round decided it; kept with the household. Publishes <see cref="ProposalDecided"/>.</summary>
public sealed record DecideProposal(Guid ProposalId, DecideProposal.Body Decision) : ICommand<ProposalDto>
{
    public sealed record Body(ProposalOutcome? Outcome, DateOnly DecidedOn, string? Note);

    internal sealed class Validator : AbstractValidator<DecideProposal>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Decision.Outcome).NotNull().WithMessage(ApiNames.OneOf<ProposalOutcome>("outcome")).OverridePropertyName("outcome");
            RuleFor(v => v.Decision.DecidedOn).RecordDay("decidedOn", time).OverridePropertyName("decidedOn");
            RuleFor(v => v.Decision.Note).MaximumLength(Proposal.MaxText).OverridePropertyName("note");
        }
    }

    internal sealed class Handler(SocialDbContext db) : IRequestHandler<DecideProposal, ProposalDto>
    {
        public async Task<ProposalDto> Handle(DecideProposal request, CancellationToken cancellationToken)
        {
            var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == request.ProposalId, cancellationToken) ?? throw new NotFoundException("Proposal");
            proposal.Decide(request.Decision.Outcome!.Value, request.Decision.DecidedOn, request.Decision.Note.Clean());
            db.Publish(new ProposalDecided(
                proposal.Id, proposal.HouseholdId, proposal.PosyanduId, proposal.RegionCode, proposal.Kind.ToApi(), proposal.Programme,
                proposal.Outcome!.Value.ToApi(), proposal.DecidedOn!.Value));
            return ProposalDto.From(proposal);
        }
    }
}

internal static class DecideProposalEndpoint
{
    public static void MapDecideProposal(this IEndpointRouteBuilder group) =>
        group.MapPost("/proposals/{id:guid}/decision", async (Guid id, DecideProposal.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideProposal(id, body), ct)))
            .WithName("DecideProposal")
            .WithSummary("Record a proposal's outcome (accepted, rejected) and the day it was decided.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Social);
}
