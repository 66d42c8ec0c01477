namespace Posyandu.Social.Domain;

/// <summary>
/// The one rule of what a household is in a month, used by the SPM contribution and the monthly report alike:
/// vulnerable when, in the month, it is in DTSEN's bottom deciles (by its latest check by the month's end; 1–4 by the
/// catalogue), has an open PPKS case of its own or of a member (recorded in this household), or a member with a
/// disability assessment; assisted when it received an assistance programme on some day of the month.
/// </summary>
public sealed record HouseholdWelfare(
    IReadOnlyList<PpksCase> Cases, IReadOnlyList<DisabilityRecord> Disabilities, IReadOnlyList<DtsenCheck> Checks, IReadOnlyList<Assistance> Assistance)
{
    public DtsenCheck? CheckOn(DateOnly day) => Checks.Where(c => c.CheckedOn <= day).MaxBy(c => (c.CheckedOn, c.RecordedAt));

    public bool BottomDecileOn(DateOnly day) =>
        CheckOn(day) is { InDtsen: true, Decile: { } decile } && decile <= Catalogue.SocialCatalogue.Current.LeftOut.BottomDecileMax;

    public bool VulnerableIn(DateOnly first, DateOnly last) =>
        Cases.Any(c => c.IdentifiedOn <= last && !(c.ClosedOn < first)) || Disabilities.Any(d => d.AssessedOn <= last) || BottomDecileOn(last);

    public bool AssistedIn(DateOnly first, DateOnly last) => Assistance.Any(a => a.ActiveIn(first, last));

    /// <summary>The days on which something changed (the month after the latest, nothing changes any more).</summary>
    public IReadOnlyList<DateOnly> Boundaries =>
        [.. Cases.SelectMany(c => new[] { c.IdentifiedOn, c.ClosedOn ?? c.IdentifiedOn }), .. Disabilities.Select(d => d.AssessedOn),
         .. Checks.Select(c => c.CheckedOn), .. Assistance.SelectMany(a => new[] { a.StartedOn, a.EndedOn ?? a.StartedOn })];
}
