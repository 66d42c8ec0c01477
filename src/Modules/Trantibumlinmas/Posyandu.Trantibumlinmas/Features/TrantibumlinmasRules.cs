namespace Posyandu.Trantibumlinmas.Features;

/// <summary>Who may read and write the sector's records, and the look-ups every feature starts from.</summary>
internal static class TrantibumlinmasRules
{
    /// <summary>
    /// Who may see who reported an incident: the OPD, the village head (desa — the scope shows it only its own village's
    /// incidents) and admin. Narrower than the shared rule of a confidential requester
    /// (<see cref="ConfidentialRequesters.MaySeeConfidentialRequester"/>), which lets the village's kader see it too: an
    /// incident report (KDRT, narkoba, asusila) can put its reporter at risk from neighbours, so not even the kader read it back.
    /// </summary>
    public static bool MaySeeReporter(this ICurrentUser user) =>
        user.MaySeeConfidentialRequester(Roles.Trantibumlinmas) && (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Trantibumlinmas) || user.IsInRole(Roles.Desa));

    /// <summary>
    /// The village as this module knows it: a village code with a Posyandu the caller may see (404 otherwise, as for an
    /// unknown one). Returns the code and the Posyandu its SPM figures are counted at (the first by id, so they never wander).
    /// </summary>
    public static async Task<(string Village, Guid Posyandu)> VillageAsync(this TrantibumlinmasDbContext db, string? village, CancellationToken ct)
    {
        if (!RegionCode.TryParse(village, out var code, out _) || code.Level != RegionLevel.Village)
        {
            throw RequestValidationException.For("village", "village is a village code, PP.KK.CC.DDDD.");
        }

        var text = code.ToString();
        var posyandu = await db.Posyandu.AsNoTracking().Where(p => p.RegionCode == text).Select(p => p.PosyanduId).ToListAsync(ct);
        return posyandu.Count == 0 ? throw new NotFoundException($"Village {text}") : (text, posyandu.Min());
    }

    /// <summary>The Posyandu a village's figures are counted at, unscoped (for contributions written by any caller).</summary>
    public static async Task<Guid> CountingPosyanduAsync(this TrantibumlinmasDbContext db, string village, CancellationToken ct) =>
        (await db.Posyandu.IgnoreQueryFilters().AsNoTracking().Where(p => p.RegionCode == village).Select(p => p.PosyanduId).ToListAsync(ct)).DefaultIfEmpty().Min();

    public static IRuleBuilderOptions<T, double?> MustBeLatitude<T>(this IRuleBuilder<T, double?> rule) =>
        rule.Must(v => v is null || (v >= IndonesiaBounds.MinLatitude && v <= IndonesiaBounds.MaxLatitude))
            .WithMessage($"latitude must lie inside Indonesia ({IndonesiaBounds.MinLatitude}° to {IndonesiaBounds.MaxLatitude}°); check the sign and that latitude and longitude are not swapped.");

    public static IRuleBuilderOptions<T, double?> MustBeLongitude<T>(this IRuleBuilder<T, double?> rule) =>
        rule.Must(v => v is null || (v >= IndonesiaBounds.MinLongitude && v <= IndonesiaBounds.MaxLongitude))
            .WithMessage($"longitude must lie inside Indonesia ({IndonesiaBounds.MinLongitude}° to {IndonesiaBounds.MaxLongitude}° E).");

    /// <summary>A moment no earlier than 1900 and not in the future (by the one clock).</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset?> MustBePastMoment<T>(this IRuleBuilder<T, DateTimeOffset?> rule, TimeProvider time) =>
        rule.Must(v => v is null || (v.Value.UtcDateTime >= InputRules.FirstRecordDate.ToDateTime(TimeOnly.MinValue) && v.Value <= time.GetUtcNow().AddMinutes(5)))
            .WithMessage("{PropertyName} must lie between 1900 and now.");

    /// <summary>A day between 1900 and today (WITA).</summary>
    public static IRuleBuilderOptions<T, DateOnly?> MustBePastDay<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider time) =>
        rule.Must(d => d is null || (d >= InputRules.FirstRecordDate && d <= time.Today())).WithMessage("{PropertyName} must lie between 1900-01-01 and today.");
}
