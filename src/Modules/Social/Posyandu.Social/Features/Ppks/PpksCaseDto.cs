namespace Posyandu.Social.Features.Ppks;

/// <param name="From">Null for the first step, the identification.</param>
public sealed record PpksStepDto(string? From, string To, DateOnly On, string? Note, DateTime RecordedAt);

/// <summary>A PPKS case as the API shows it, with its steps from the identification on (oldest first) and the steps it may take next.</summary>
public sealed record PpksCaseDto(
    Guid Id, string Type, string TypeName, string? SpmService, Guid? ResidentId, string? ResidentName, Guid HouseholdId, Guid PosyanduId,
    string RegionCode, DateOnly IdentifiedOn, PpksSource Source, PpksStatus Status, DateOnly? VerifiedOn, DateOnly? ServedOn, DateOnly? ClosedOn,
    string? Note, IReadOnlyList<PpksStatus> AllowedNext, IReadOnlyList<PpksStepDto> History)
{
    internal static PpksCaseDto From(PpksCase c, string? residentName, IEnumerable<PpksStatusChange> history)
    {
        var type = SocialCatalogue.Current.Type(c.Type);
        return new(
            c.Id, c.Type, type?.Name ?? c.Type, type?.SpmService, c.ResidentId, residentName, c.HouseholdId, c.PosyanduId, c.RegionCode, c.IdentifiedOn,
            c.Source, c.Status, c.VerifiedOn, c.ServedOn, c.ClosedOn, c.Note, PpksCase.AllowedAfter(c.Status),
            [
                new PpksStepDto(null, PpksStatus.Identified.ToApi(), c.IdentifiedOn, c.Note, c.RecordedAt),
                .. history.OrderBy(h => h.On).ThenBy(h => h.RecordedAt).Select(h => new PpksStepDto(h.From.ToApi(), h.To.ToApi(), h.On, h.Note, h.RecordedAt)),
            ]);
    }
}
