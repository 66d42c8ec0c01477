namespace Posyandu.Social.Features.Welfare;

public sealed record DtsenCheckDto(Guid Id, Guid HouseholdId, DateOnly CheckedOn, bool InDtsen, int? Decile)
{
    internal static DtsenCheckDto From(DtsenCheck c) => new(c.Id, c.HouseholdId, c.CheckedOn, c.InDtsen, c.Decile);
}

public sealed record AssistanceDto(Guid Id, Guid HouseholdId, string Programme, string ProgrammeName, DateOnly StartedOn, DateOnly? EndedOn, string? Note)
{
    internal static AssistanceDto From(Assistance a) =>
        new(a.Id, a.HouseholdId, a.Programme, SocialCatalogue.Current.Programmes.FirstOrDefault(p => p.Code == a.Programme)?.Name ?? a.Programme,
            a.StartedOn, a.EndedOn, a.Note);
}

public sealed record ProposalDto(
    Guid Id, Guid HouseholdId, ProposalKind Kind, string? Programme, DateOnly SubmittedOn, string? Reason, ProposalOutcome? Outcome, DateOnly? DecidedOn,
    string? DecisionNote)
{
    internal static ProposalDto From(Proposal p) => new(p.Id, p.HouseholdId, p.Kind, p.Programme, p.SubmittedOn, p.Reason, p.Outcome, p.DecidedOn, p.DecisionNote);
}
