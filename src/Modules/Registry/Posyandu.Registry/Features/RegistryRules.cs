namespace Posyandu.Registry.Features;

/// <summary>Checks shared by the registry's features.</summary>
internal static class RegistryRules
{
    public static readonly IReadOnlyList<string> Sectors = SharedKernel.Security.Roles.Sectors;

    /// <summary>Who may read registry records (within their scope): DPMD, kader and every sector OPD.</summary>
    public static readonly string[] Readers = [SharedKernel.Security.Roles.Dpmd, SharedKernel.Security.Roles.Kader, .. SharedKernel.Security.Roles.Sectors];

    /// <summary>A Kemendagri village (desa/kelurahan) code, in canonical form.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeVillageCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => RegionCode.TryParse(code, out var parsed, out _) && parsed.Level == RegionLevel.Village)
            .WithMessage("'{PropertyValue}' is not a village code: use the Kemendagri code PP.KK.CC.DDDD (e.g. 64.02.01.2001).");

    public static IRuleBuilderOptions<T, string?> MustBeNik<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(nik => Nik.TryParse(nik, out _, out _))
            .WithMessage((_, value) => Nik.TryParse(value, out var unused, out var error) ? "" : error!);

    public static IRuleBuilderOptions<T, string?> MustBePhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(@"^\+?[0-9 -]{6,20}$").WithMessage("phone is 6 to 20 digits, optionally with +, spaces or dashes.");

    /// <summary>At least one of the six SPM sectors, each named by its role (<c>health</c>, <c>education</c>, …).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> MustBeSectors<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.NotEmpty().WithMessage("A kader serves at least one sector.")
            .Must(s => s is null || s.All(Sectors.Contains))
            .WithMessage($"sectors are among: {string.Join(", ", Sectors)}.");

    public static IRuleBuilderOptions<T, string?> MustBeRtRw<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches("^[0-9]{1,3}$").WithMessage("RT/RW is 1 to 3 digits (e.g. 003).");

    /// <summary>A well-formed village code that is not in the Kemendagri list is a 422 (the request itself is valid).</summary>
    public static async Task EnsureVillageExistsAsync(RegistryDbContext db, string code, CancellationToken ct)
    {
        if (!await db.Regions.AnyAsync(r => r.Code == code && r.Level == RegionLevel.Village, ct))
        {
            throw new BusinessRuleException($"Village {code} is not in the Kemendagri list of villages.");
        }
    }

    /// <summary>A Posyandu the caller may see, or 404.</summary>
    public static async Task<PosyanduSite> FindPosyanduAsync(RegistryDbContext db, Guid id, CancellationToken ct) =>
        await db.Posyandu.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Posyandu");

    /// <summary>
    /// A second record with the same identity number is a conflict. The number is unique in the province, so it is
    /// looked up across every region; but only a caller who may see the existing record learns its id. Outside the
    /// caller's scope the answer says only that the number is registered elsewhere (no id, no region): otherwise the
    /// check would be an oracle telling anyone whether a NIK or KK exists anywhere (UU 27/2022, minimisation).
    /// </summary>
    public static ConflictException Duplicate(string what, Guid existingId, IRegionScoped existing, DataScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.CanSee(existing)
            ? new($"A {what} with this number is already registered.")
            {
                Extensions = new Dictionary<string, object?> { ["existingId"] = existingId },
            }
            : new($"This number is already registered elsewhere — contact DPMD.");
    }

    /// <summary>A duplicate whose record is not region-bound (a Posyandu's registration number): its id is no secret.</summary>
    public static ConflictException Duplicate(string what, Guid existingId) =>
        new($"A {what} with this number is already registered.")
        {
            Extensions = new Dictionary<string, object?> { ["existingId"] = existingId },
        };

    /// <summary>Where an existing record lives, to decide what a duplicate answer may say.</summary>
    public sealed record Place(string RegionCode, Guid PosyanduId) : IPosyanduScoped;
}
