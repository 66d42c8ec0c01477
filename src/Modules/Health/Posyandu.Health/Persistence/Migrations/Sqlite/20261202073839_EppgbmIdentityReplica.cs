using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Health.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EppgbmIdentityReplica : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "posyandu",
                schema: "health",
                columns: table => new
                {
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_posyandu", x => x.PosyanduId);
                });

            migrationBuilder.CreateTable(
                name: "resident_identities",
                schema: "health",
                columns: table => new
                {
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    NomorKk = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    MotherResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FatherResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Rt = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Rw = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resident_identities", x => x.ResidentId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_posyandu_RegionCode",
                schema: "health",
                table: "posyandu",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_resident_identities_MotherResidentId",
                schema: "health",
                table: "resident_identities",
                column: "MotherResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_resident_identities_Nik",
                schema: "health",
                table: "resident_identities",
                column: "Nik");

            migrationBuilder.CreateIndex(
                name: "IX_resident_identities_PosyanduId",
                schema: "health",
                table: "resident_identities",
                column: "PosyanduId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "posyandu",
                schema: "health");

            migrationBuilder.DropTable(
                name: "resident_identities",
                schema: "health");
        }
    }
}
