namespace Posyandu.Registry.Regions;

/// <summary>
/// A Kemendagri region: province, regency/city (kabupaten/kota), district (kecamatan) or village (desa/kelurahan).
/// Reference data, public to every signed-in user; seeded from the embedded CSV files.
/// </summary>
public sealed class Region
{
    public string Code { get; private set; } = "";

    public RegionLevel Level { get; private set; }

    public string Name { get; set; } = "";

    /// <summary>Upper-cased, accent-free name for case- and accent-insensitive search.</summary>
    public string SearchName { get; set; } = "";

    public string? ParentCode { get; private set; }

    private Region()
    {
    }

    public Region(string code, RegionLevel level, string name, string? parentCode)
    {
        Code = code;
        Level = level;
        Name = name;
        SearchName = TextSearch.Normalize(name);
        ParentCode = parentCode;
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(13);
        builder.Property(r => r.ParentCode).HasMaxLength(13);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.SearchName).HasMaxLength(100);
        builder.HasIndex(r => r.ParentCode);
        builder.HasIndex(r => r.SearchName);
    }
}
