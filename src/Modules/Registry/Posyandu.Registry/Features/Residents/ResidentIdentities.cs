namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// Publishes <see cref="ResidentIdentityRecorded"/> (Health's e-PPGBM identity facts) for a changed resident and for
/// everyone whose facts the change touches: the children (<c>anak</c>) of a household a parent joined or left, and the
/// babies registered with a woman's NIK as their "NIK ibu". The family rule lives here, once: the mother is the
/// resident whose NIK is the baby's NIK ibu, else — for an <c>anak</c> — the woman among the head of the household
/// and the wife; the father the man among the head and the husband. Several candidates, or none, give null.
/// </summary>
internal static class ResidentIdentities
{
    private static readonly string[] ParentRelations = ["kepala-keluarga", "istri", "suami"];

    private const string Child = "anak";

    /// <summary>
    /// Call after the handler changed <paramref name="changed"/> (not yet saved). <paramref name="wasParent"/>: its
    /// relation before the change was a parent's; <paramref name="leftHousehold"/>: the household it moved out of;
    /// <paramref name="home"/>: its household when the caller has it loaded already (one query less per registration,
    /// which a bulk import makes by the hundred thousand).
    /// </summary>
    public static async Task PublishAsync(RegistryDbContext db, Resident changed, bool wasParent, Guid? leftHousehold, Household? home, CancellationToken ct)
    {
        var touched = new[] { changed.HouseholdId, leftHousehold ?? changed.HouseholdId }.Distinct().ToList();
        // The registry's own derivation, not a read shown to the caller: a parent may live outside a kader's Posyandu.
        // Read only (the facts are published, nothing of the others changes), so not tracked.
        var members = (await db.Residents.IgnoreQueryFilters().AsNoTracking().Where(r => touched.Contains(r.HouseholdId) && r.Id != changed.Id).ToListAsync(ct))
            .Append(changed).ToList();
        var homes = home is not null && touched is [var only] && only == home.Id
            ? new Dictionary<Guid, Household> { [home.Id] = home }
            : await db.Households.IgnoreQueryFilters().AsNoTracking().Where(h => touched.Contains(h.Id)).ToDictionaryAsync(h => h.Id, ct);

        var subjects = new List<Resident> { changed };
        if (IsParent(changed) || wasParent)
        {
            subjects.AddRange(members.Where(m => m.Id != changed.Id && m.Relation == Child));
        }

        if (changed is { Nik: { } nik, Sex: Sex.Female })
        {
            var babies = await db.Residents.IgnoreQueryFilters().AsNoTracking().Where(r => r.NikIbu == nik && r.Id != changed.Id).ToListAsync(ct);
            subjects.AddRange(babies);
            foreach (var baby in babies.Where(b => !touched.Contains(b.HouseholdId)))
            {
                if (await db.Households.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(h => h.Id == baby.HouseholdId, ct) is { } babyHome)
                {
                    homes[babyHome.Id] = babyHome;
                }
            }
        }

        foreach (var subject in subjects.DistinctBy(s => s.Id))
        {
            var mother = subject.NikIbu is { } nikIbu
                ? subject.NikIbu == changed.Nik ? changed.Id : await db.Residents.IgnoreQueryFilters().Where(r => r.Nik == nikIbu).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct)
                : null;
            var family = members.Where(m => m.HouseholdId == subject.HouseholdId && m.Id != subject.Id && m.DateOfDeath is null).ToList();
            if (subject.Relation == Child)
            {
                mother ??= Single(family, Sex.Female);
            }

            var father = subject.Relation == Child ? Single(family, Sex.Male) : null;
            db.Publish(Of(subject, homes.GetValueOrDefault(subject.HouseholdId), mother, father));
        }
    }

    /// <summary>An erased person's facts carry nothing identifying, whatever happens to them later (a move).</summary>
    public static bool IsErased(Resident resident) => resident.Nik is null && resident.NikIbu is null && resident.Name == ResidentErased.ErasedName;

    private static ResidentIdentityRecorded Of(Resident r, Household? home, Guid? mother, Guid? father)
    {
        var facts = new ResidentIdentityRecorded(r.Id, r.Nik, home?.NomorKk, mother, father, home?.Address, home?.Rt, home?.Rw, r.HouseholdId, r.PosyanduId, r.RegionCode);
        return IsErased(r) ? facts.Cleared() : facts;
    }

    public static bool IsParent(Resident r) => ParentRelations.Contains(r.Relation);

    private static Guid? Single(IEnumerable<Resident> family, Sex sex)
    {
        var parents = family.Where(m => m.Sex == sex && IsParent(m)).Take(2).ToList();
        return parents.Count == 1 ? parents[0].Id : null;
    }
}
