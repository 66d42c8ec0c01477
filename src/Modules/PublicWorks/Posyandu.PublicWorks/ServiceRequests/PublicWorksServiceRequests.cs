namespace Posyandu.PublicWorks.ServiceRequests;

/// <summary>
/// The community infrastructure reports a village sends to Dinas PU (laporan prasarana desa), on the shared
/// service-request workflow with its working-day SLA. Each needs a photo of the place before verification; where it
/// is (WGS84) and how severe are kept beside the request (<see cref="Domain.InfrastructureReport"/>), recorded through
/// <c>POST /api/publicworks/infrastructure-reports</c>. The reporter is confidential to Dinas PU and the village: the
/// shared views hide the resident from DPMD (<see cref="ServiceRequestType.ConfidentialRequester"/>).
/// </summary>
public static class PublicWorksServiceRequests
{
    public static readonly ServiceRequestType DamagedRoad = new("road-damage", "Jalan desa rusak", [DocumentKinds.LocationPhoto]) { ConfidentialRequester = true };

    public static readonly ServiceRequestType Drainage = new("drainage", "Drainase tersumbat atau rusak", [DocumentKinds.LocationPhoto]) { ConfidentialRequester = true };

    public static readonly ServiceRequestType WaterNetworkBreakdown =
        new("water-network", "Kerusakan jaringan air bersih (SPAM desa / PAMSIMAS)", [DocumentKinds.LocationPhoto]) { ConfidentialRequester = true };

    /// <summary>A new source the village needs: a well (sumur bor / sumur gali) or a reservoir (embung).</summary>
    public static readonly ServiceRequestType WellOrEmbung = new("well-embung", "Kebutuhan sumur atau embung", [DocumentKinds.LocationPhoto]) { ConfidentialRequester = true };

    public static readonly ServiceRequestType WastePoint = new("waste-point", "Titik sampah liar / kebutuhan TPS", [DocumentKinds.LocationPhoto]) { ConfidentialRequester = true };

    public static readonly ServiceRequestType PublicToilet = new("public-toilet", "MCK umum rusak atau dibutuhkan", [DocumentKinds.LocationPhoto]) { ConfidentialRequester = true };

    public static IReadOnlyList<ServiceRequestType> All { get; } = [DamagedRoad, Drainage, WaterNetworkBreakdown, WellOrEmbung, WastePoint, PublicToilet];
}

/// <summary>A report is accepted only from a living resident (or a household) Dinas PU knows at the stated Posyandu.</summary>
internal sealed class PublicWorksSubjects(PublicWorksDbContext db) : IServiceRequestSubjects
{
    public string Module => PublicWorksModule.ModuleName;

    public async Task<string?> CheckAsync(Guid? residentId, Guid? householdId, Guid posyanduId, CancellationToken cancellationToken)
    {
        if (!await db.Posyandu.AnyAsync(p => p.PosyanduId == posyanduId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("Posyandu"); // unknown, or outside the caller's scope: the same answer
        }

        var known = residentId is { } resident
            ? await db.Residents.AsNoTracking().AnyAsync(r => r.ResidentId == resident && r.PosyanduId == posyanduId && r.Alive, cancellationToken).ConfigureAwait(false)
            : await db.Households.AsNoTracking().AnyAsync(h => h.HouseholdId == householdId && h.PosyanduId == posyanduId, cancellationToken).ConfigureAwait(false);
        return known ? null : "The reporter (resident or household) is not registered at this Posyandu.";
    }
}
