namespace Posyandu.Social.ServiceRequests;

/// <summary>The requests a Posyandu forwards to Dinas Sosial, with the documents each needs before verification.</summary>
public static class SocialServiceRequests
{
    /// <summary>
    /// Surat keterangan tidak mampu (SKTM) or another village statement of the family's condition: the
    /// village's own letter, asked for by every social-assistance and rehabilitation request below.
    /// </summary>
    public const string Sktm = DocumentKinds.Sktm;

    /// <summary>Usulan bantuan sosial (PKH, BPNT/Sembako, PBI-JK, daerah): KTP, KK and the village's SKTM, for the DTSEN data-update round.</summary>
    public static readonly ServiceRequestType AssistanceProposal =
        new("social-assistance", "Usulan bantuan sosial (PKH, BPNT/Sembako, PBI-JK, bantuan daerah)", [DocumentKinds.Ktp, DocumentKinds.Kk, Sktm]);

    /// <summary>Bantuan alat bantu penyandang disabilitas (kursi roda, alat bantu dengar, tongkat…): KTP, KK, SKTM.</summary>
    public static readonly ServiceRequestType AssistiveDevice =
        new("disability-aid", "Bantuan alat bantu penyandang disabilitas", [DocumentKinds.Ktp, DocumentKinds.Kk, Sktm]);

    /// <summary>Rujukan rehabilitasi sosial (ATENSI, Permensos 7/2021): the KK and SKTM; a KTP where the person has one.</summary>
    public static readonly ServiceRequestType RehabilitationReferral =
        new("social-rehabilitation", "Rujukan rehabilitasi sosial", [DocumentKinds.Kk, Sktm]);

    /// <summary>
    /// Bantuan darurat pascabencana (Permensos 9/2018, perlindungan dan jaminan sosial korban bencana): the KK and the
    /// village's statement of the disaster's effect; shorter steps, 2 working days each.
    /// </summary>
    public static readonly ServiceRequestType DisasterEmergency =
        new("disaster-emergency", "Bantuan darurat pascabencana", [DocumentKinds.Kk, Sktm])
        {
            StepLimits = new Dictionary<ServiceRequestStatus, int>
            {
                [ServiceRequestStatus.Diajukan] = 2, [ServiceRequestStatus.Diverifikasi] = 2, [ServiceRequestStatus.Diteruskan] = 2, [ServiceRequestStatus.Diproses] = 2,
            },
        };

    public static IReadOnlyList<ServiceRequestType> All { get; } = [AssistanceProposal, AssistiveDevice, RehabilitationReferral, DisasterEmergency];
}

/// <summary>A request is accepted only for a household (or a living resident) Social knows at the stated Posyandu.</summary>
internal sealed class SocialSubjects(SocialDbContext db) : IServiceRequestSubjects
{
    public string Module => SocialModule.ModuleName;

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
