namespace Posyandu.SharedKernel.Domain;

/// <summary>The four Kemendagri levels; the value is the number of segments in a <see cref="RegionCode"/>.</summary>
public enum RegionLevel
{
    /// <summary>Provinsi, <c>PP</c>.</summary>
    Province = 1,

    /// <summary>Kabupaten or kota, <c>PP.KK</c>.</summary>
    Regency = 2,

    /// <summary>Kecamatan, <c>PP.KK.CC</c>.</summary>
    District = 3,

    /// <summary>Desa or kelurahan, <c>PP.KK.CC.DDDD</c>.</summary>
    Village = 4,
}
