namespace Posyandu.Education.ServiceRequests;

/// <summary>The requests a Posyandu forwards to Dinas Pendidikan, with the documents each needs before verification.</summary>
public static class EducationServiceRequests
{
    /// <summary>Bantuan perlengkapan atau biaya sekolah: the family's KK and the parent's KTP (for PIP/KIP eligibility).</summary>
    public static readonly ServiceRequestType SchoolSupport =
        new("school-support", "Bantuan perlengkapan atau biaya sekolah", [DocumentKinds.Kk, DocumentKinds.Ktp]);

    /// <summary>Bantuan pendaftaran PAUD: the KK (it lists the child's birth date and parents).</summary>
    public static readonly ServiceRequestType PaudEnrolment =
        new("paud-enrolment", "Bantuan pendaftaran PAUD", [DocumentKinds.Kk]);

    /// <summary>Pendampingan kembali bersekolah: the referral of an out-of-school child; KK plus the home-visit note.</summary>
    public static readonly ServiceRequestType ReturnToSchool =
        new("return-to-school", "Pendampingan kembali bersekolah / pendidikan kesetaraan", [DocumentKinds.Kk]);

    public static IReadOnlyList<ServiceRequestType> All { get; } = [SchoolSupport, PaudEnrolment, ReturnToSchool];
}

/// <summary>A request is accepted only for a living resident (or a household) Education knows at the stated Posyandu.</summary>
internal sealed class EducationSubjects(EducationDbContext db) : IServiceRequestSubjects
{
    public string Module => EducationModule.ModuleName;

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
