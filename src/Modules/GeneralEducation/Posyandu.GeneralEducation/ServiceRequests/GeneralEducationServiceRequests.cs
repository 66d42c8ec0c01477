namespace Posyandu.GeneralEducation.ServiceRequests;

/// <summary>
/// What a Posyandu asks of an OPD for community education, on the shared service-request workflow (SLA in working
/// days). The shared mechanism files a request for a resident: here the resident who asks on the group's behalf (the
/// kader or the group's contact person) — the request itself is for the Posyandu.
/// </summary>
public static class GeneralEducationServiceRequests
{
    /// <summary>Permintaan narasumber/kegiatan penyuluhan: an OPD officer to hold a KIE session (topic and target group in the description).</summary>
    public static readonly ServiceRequestType Activity = new("kie-activity", "Permintaan narasumber atau kegiatan penyuluhan (KIE)", []);

    /// <summary>Permintaan pelatihan keterampilan: a skills course for the Posyandu's residents.</summary>
    public static readonly ServiceRequestType Training = new("skills-training", "Permintaan pelatihan keterampilan masyarakat", []);

    public static IReadOnlyList<ServiceRequestType> All { get; } = [Activity, Training];
}

/// <summary>A request is accepted for a living resident the module knows at the stated Posyandu.</summary>
internal sealed class GeneralEducationSubjects(GeneralEducationDbContext db) : IServiceRequestSubjects
{
    public string Module => GeneralEducationModule.ModuleName;

    public async Task<string?> CheckAsync(Guid? residentId, Guid? householdId, Guid posyanduId, CancellationToken cancellationToken)
    {
        if (!await db.Posyandu.AnyAsync(p => p.PosyanduId == posyanduId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("Posyandu"); // unknown, or outside the caller's scope: the same answer
        }

        var residents = db.Residents.AsNoTracking().Where(r => r.PosyanduId == posyanduId);
        var known = residentId is { } resident
            ? await residents.AnyAsync(r => r.ResidentId == resident && r.Alive, cancellationToken).ConfigureAwait(false)
            : await residents.AnyAsync(r => r.HouseholdId == householdId, cancellationToken).ConfigureAwait(false);
        return known ? null : "The resident or household is not registered at this Posyandu.";
    }
}
