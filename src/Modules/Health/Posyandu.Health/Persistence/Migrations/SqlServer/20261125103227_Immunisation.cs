using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Health.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Immunisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "immunisation_doses",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Antigen = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DoseNumber = table.Column<int>(type: "int", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AgeDays = table.Column<int>(type: "int", nullable: false),
                    BatchNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Place = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    PlaceName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_immunisation_doses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_immunisation_doses_PosyanduId_GivenOn",
                schema: "health",
                table: "immunisation_doses",
                columns: new[] { "PosyanduId", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_immunisation_doses_RegionCode_GivenOn",
                schema: "health",
                table: "immunisation_doses",
                columns: new[] { "RegionCode", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_immunisation_doses_ResidentId_Antigen_DoseNumber",
                schema: "health",
                table: "immunisation_doses",
                columns: new[] { "ResidentId", "Antigen", "DoseNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "immunisation_doses",
                schema: "health");
        }
    }
}
