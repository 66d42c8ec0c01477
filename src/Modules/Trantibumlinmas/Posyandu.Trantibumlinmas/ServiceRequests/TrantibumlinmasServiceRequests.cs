namespace Posyandu.Trantibumlinmas.ServiceRequests;

/// <summary>
/// What a village asks of Satpol PP and BPBD on the shared service-request workflow with its working-day SLA: repair of
/// a poskamling (with a photo), APAR supply or refill, and trauma counselling after a disaster (layanan dukungan
/// psikososial, Permendagri 101/2018's penyelamatan dan evakuasi korban) — whose requester only the OPD and the village see.
/// </summary>
public static class TrantibumlinmasServiceRequests
{
    public static readonly ServiceRequestType PoskamlingRepair = new("poskamling-repair", "Perbaikan poskamling", [DocumentKinds.LocationPhoto]);

    public static readonly ServiceRequestType Apar = new("apar", "Pengadaan atau isi ulang APAR", []);

    public static readonly ServiceRequestType TraumaCounselling = new("trauma-counselling", "Konseling trauma pascabencana", []) { ConfidentialRequester = true };

    public static IReadOnlyList<ServiceRequestType> All { get; } = [PoskamlingRepair, Apar, TraumaCounselling];
}

/// <summary>A request is accepted only for a living resident the module knows at the stated Posyandu.</summary>
internal sealed class TrantibumlinmasSubjects(TrantibumlinmasDbContext db) : IServiceRequestSubjects
{
    public string Module => TrantibumlinmasModule.ModuleName;

    public async Task<string?> CheckAsync(Guid? residentId, Guid? householdId, Guid posyanduId, CancellationToken cancellationToken)
    {
        if (!await db.Posyandu.AnyAsync(p => p.PosyanduId == posyanduId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("Posyandu"); // unknown, or outside the caller's scope: the same answer
        }

        if (residentId is not { } resident)
        {
            return "Name the resident who asks (residentId): this sector keeps no households.";
        }

        var known = await db.Residents.AsNoTracking().AnyAsync(r => r.ResidentId == resident && r.PosyanduId == posyanduId && r.Alive, cancellationToken).ConfigureAwait(false);
        return known ? null : "The resident is not registered at this Posyandu.";
    }
}
