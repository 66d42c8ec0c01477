namespace Posyandu.Housing.ServiceRequests;

/// <summary>The requests a Posyandu forwards to Dinas Perumahan dan Kawasan Permukiman, with the documents each needs before verification.</summary>
public static class HousingServiceRequests
{
    /// <summary>
    /// Bantuan rehabilitasi RTLH (bedah rumah / BSPS): the applicant's KTP and KK (BSPS is for a household that owns
    /// or controls its land and has no other house, Permen PUPR 07/2018), proof of land tenure, and photos of the
    /// house from the front, side and back — the "0%" condition the works are measured against.
    /// </summary>
    public static readonly ServiceRequestType RtlhRehabilitation = new(
        "rtlh-rehab", "Bantuan rehabilitasi rumah tidak layak huni (bedah rumah / BSPS)",
        [DocumentKinds.Ktp, DocumentKinds.Kk, DocumentKinds.LandTenure, DocumentKinds.HousePhotoFront, DocumentKinds.HousePhotoSide, DocumentKinds.HousePhotoBack]);

    /// <summary>Pendataan dan verifikasi RTLH: a family asks for its house to be assessed (the way into the RTLH list); the KK and a photo.</summary>
    public static readonly ServiceRequestType RtlhVerification = new(
        "rtlh-verification", "Pendataan dan verifikasi rumah tidak layak huni", [DocumentKinds.Kk, DocumentKinds.HousePhotoFront]);

    public static IReadOnlyList<ServiceRequestType> All { get; } = [RtlhRehabilitation, RtlhVerification];
}

/// <summary>A request is accepted only for a household (or a living resident) Housing knows at the stated Posyandu.</summary>
internal sealed class HousingSubjects(HousingDbContext db) : IServiceRequestSubjects
{
    public string Module => HousingModule.ModuleName;

    public async Task<string?> CheckAsync(Guid? residentId, Guid? householdId, Guid posyanduId, CancellationToken cancellationToken)
    {
        if (!await db.Posyandu.AnyAsync(p => p.PosyanduId == posyanduId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("Posyandu"); // unknown, or outside the caller's scope: the same answer
        }

        var known = residentId is { } resident
            ? await db.Residents.AsNoTracking().AnyAsync(r => r.ResidentId == resident && r.PosyanduId == posyanduId && r.Alive, cancellationToken).ConfigureAwait(false)
            : await db.Households.AsNoTracking().AnyAsync(h => h.HouseholdId == householdId && h.PosyanduId == posyanduId, cancellationToken).ConfigureAwait(false);
        return known ? null : "The household or resident is not registered at this Posyandu.";
    }
}
