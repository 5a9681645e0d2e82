using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QuestionsEcrites.Data.Migrations
{
    /// <inheritdoc />
    public partial class IdenticalTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DerivedStamps",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Stamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DerivedStamps", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "IdenticalTexts",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdenticalTexts", x => new { x.Kind, x.QuestionId, x.OtherId });
                    table.ForeignKey(
                        name: "FK_IdenticalTexts_Questions_OtherId",
                        column: x => x.OtherId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IdenticalTexts_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TextBands",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    BandKey = table.Column<long>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TextBands", x => new { x.Kind, x.BandKey, x.QuestionId });
                    table.ForeignKey(
                        name: "FK_TextBands_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TextSignatures",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Signature = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TextSignatures", x => new { x.QuestionId, x.Kind });
                    table.ForeignKey(
                        name: "FK_TextSignatures_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdenticalTexts_OtherId",
                table: "IdenticalTexts",
                column: "OtherId");

            migrationBuilder.CreateIndex(
                name: "IX_IdenticalTexts_QuestionId",
                table: "IdenticalTexts",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_TextBands_QuestionId",
                table: "TextBands",
                column: "QuestionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DerivedStamps");

            migrationBuilder.DropTable(
                name: "IdenticalTexts");

            migrationBuilder.DropTable(
                name: "TextBands");

            migrationBuilder.DropTable(
                name: "TextSignatures");
        }
    }
}
